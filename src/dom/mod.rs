//! The thin browser shell: turns [`markup::El`](crate::markup::El) trees into
//! DOM nodes, patches them in place when a region changes, and turns DOM
//! events into [`Msg`](crate::app::Msg)s. All raw `web-sys` calls of the card
//! live here. Data only ever reaches the DOM as text nodes or as attribute
//! values; tag and attribute names are constants of the view.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Node as DomNode};

use crate::markup::{El, Node};

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
    let node = if svg {
        doc.create_element_ns(Some(SVG_NS), el.tag)?
    } else {
        doc.create_element(el.tag)?
    };
    for (name, value) in &el.attrs {
        set_attr(&node, name, value)?;
    }
    for child in &el.children {
        node.append_child(&build_node(doc, child, svg)?)?;
    }
    Ok(node)
}

fn build_node(doc: &Document, n: &Node, svg: bool) -> Result<DomNode, JsValue> {
    Ok(match n {
        Node::Text(t) => doc.create_text_node(t).into(),
        Node::El(e) => build_in(doc, e, svg)?.into(),
    })
}

/// Sets an attribute; `href` only through [`safe_link`] (dropped otherwise).
fn set_attr(node: &Element, name: &str, value: &str) -> Result<(), JsValue> {
    if name == "href" {
        match safe_link(value) {
            Some(safe) => node.set_attribute("href", &safe)?,
            None => node.remove_attribute("href")?,
        }
        return Ok(());
    }
    node.set_attribute(name, value)
}

/// Brings `node`, which shows `old`, up to date with `new` (same tag), touching
/// only what differs: changed attributes, changed text nodes, and the subtrees
/// whose tag changed. Nodes that stay keep their identity, so focus stays too.
pub fn patch(doc: &Document, node: &Element, old: &El, new: &El) -> Result<(), JsValue> {
    patch_in(
        doc,
        node,
        old,
        new,
        old.tag == "svg" || node.namespace_uri().as_deref() == Some(SVG_NS),
    )
}

fn patch_in(doc: &Document, node: &Element, old: &El, new: &El, svg: bool) -> Result<(), JsValue> {
    for (name, value) in &new.attrs {
        if old.get_attr(name) != Some(value.as_str()) {
            set_attr(node, name, value)?;
        }
    }
    for (name, _) in &old.attrs {
        if new.get_attr(name).is_none() {
            node.remove_attribute(name)?;
        }
    }
    let mut cur = node.first_child();
    let n = old.children.len().max(new.children.len());
    for i in 0..n {
        match (old.children.get(i), new.children.get(i)) {
            (Some(o), Some(nw)) => {
                let Some(dom) = cur else {
                    node.append_child(&build_node(doc, nw, svg)?)?;
                    continue;
                };
                cur = dom.next_sibling();
                match (o, nw) {
                    (Node::Text(a), Node::Text(b)) => {
                        if a != b {
                            dom.set_text_content(Some(b));
                        }
                    }
                    (Node::El(a), Node::El(b)) if a.tag == b.tag => {
                        let el: Element = dom.dyn_into()?;
                        patch_in(doc, &el, a, b, svg || b.tag == "svg")?;
                    }
                    _ => {
                        node.replace_child(&build_node(doc, nw, svg)?, &dom)?;
                    }
                }
            }
            (None, Some(nw)) => {
                node.append_child(&build_node(doc, nw, svg)?)?;
            }
            (Some(_), None) => {
                if let Some(dom) = cur {
                    cur = dom.next_sibling();
                    node.remove_child(&dom)?;
                }
            }
            (None, None) => {}
        }
    }
    Ok(())
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

/// The control (`[data-act]`) an event happened on, and its `data-act` value.
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
