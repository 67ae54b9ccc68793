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

/// The element with this id in `node`'s tree: the document, or the shadow
/// root the card lives in (`document.getElementById` does not look inside
/// shadow roots).
pub fn by_id(node: &Element, id: &str) -> Option<Element> {
    let root = node.get_root_node();
    if let Some(d) = root.dyn_ref::<Document>() {
        return d.get_element_by_id(id);
    }
    root.dyn_ref::<web_sys::DocumentFragment>()?
        .get_element_by_id(id)
}

/// The focused element in `node`'s tree (the document's, or the shadow root's).
pub fn focused_in(node: &Element) -> Option<Element> {
    let root = node.get_root_node();
    if let Some(d) = root.dyn_ref::<Document>() {
        return d.active_element();
    }
    root.dyn_ref::<web_sys::ShadowRoot>()?.active_element()
}

/// Dispatches a bubbling, composed `CustomEvent` (it crosses the shadow
/// boundary, so the page sees it on the host element) with `detail`.
pub fn fire(target: &Element, name: &str, detail: &JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(ev) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&ev);
    }
}

/// Offers `text` as a file: a `blob:` URL on a detached `<a download>` that
/// is clicked and then revoked. (The one `href` that does not go through
/// [`safe_link`]: a `blob:` URL this function made itself, on an anchor that
/// never enters the document.)
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let doc = document()?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlElement = doc.create_element("a")?.dyn_into()?;
    a.set_attribute("href", &url)?;
    a.set_attribute("download", name)?;
    a.click();
    // Revoke once the click has been handled; the closure frees itself when called.
    if let Some(w) = web_sys::window() {
        let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000);
    }
    Ok(())
}

/// Removes a node from its parent, if it has one.
pub fn detach(node: &DomNode) {
    if let Some(parent) = node.parent_node() {
        let _ = parent.remove_child(node);
    }
}

pub mod card;
