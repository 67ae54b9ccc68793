//! The thin browser shell: turns [`markup::El`](crate::markup::El) trees into
//! DOM nodes and DOM events into [`Msg`](crate::app::Msg)s. All raw `web-sys`
//! calls of the card live here. Data only ever reaches the DOM as text nodes
//! or as attribute values; tag and attribute names are constants of the view.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Node as DomNode};

use crate::markup::{is_svg_tag, El, Node};

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// The page's document.
pub fn document() -> Result<Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("incident-card: no document"))
}

/// Builds the DOM for an element tree.
pub fn build(doc: &Document, el: &El) -> Result<Element, JsValue> {
    build_in(doc, el, false)
}

fn build_in(doc: &Document, el: &El, in_svg: bool) -> Result<Element, JsValue> {
    let svg = in_svg || el.tag == "svg";
    let node = if svg && is_svg_tag(el.tag) {
        doc.create_element_ns(Some(SVG_NS), el.tag)?
    } else {
        doc.create_element(el.tag)?
    };
    for (name, value) in &el.attrs {
        if *name == "href" {
            if let Some(safe) = safe_link(value) {
                node.set_attribute("href", &safe)?;
            }
            continue;
        }
        node.set_attribute(name, value)?;
    }
    for child in &el.children {
        match child {
            Node::Text(t) => {
                node.append_child(&doc.create_text_node(t))?;
            }
            Node::El(e) => {
                let child: DomNode = build_in(doc, e, svg)?.into();
                node.append_child(&child)?;
            }
        }
    }
    Ok(node)
}

/// The browser's serialisation of `url` if its parsed scheme is http or https.
pub fn safe_link(url: &str) -> Option<String> {
    crate::text::http_url(url)?;
    let parsed = web_sys::Url::new(url).ok()?;
    let protocol = parsed.protocol();
    if protocol == "http:" || protocol == "https:" {
        Some(parsed.href())
    } else {
        None
    }
}

/// The `data-act` value of the control an event happened on, if any.
pub fn action_of(target: Option<web_sys::EventTarget>) -> Option<(Element, String)> {
    let el = target?.dyn_into::<Element>().ok()?;
    let control = el.closest("[data-act]").ok()??;
    let act = control.get_attribute("data-act")?;
    Some((control, act))
}

/// Removes a node from its parent, if it has one.
pub fn detach(node: &DomNode) {
    if let Some(parent) = node.parent_node() {
        let _ = parent.remove_child(node);
    }
}

pub mod card;
