//! A mounted card: owns its nodes, its state and its listeners. Dropping it
//! removes every node and listener it made (the listeners are RAII values, as
//! in `gloo-events`); nothing is leaked with `Closure::forget`.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};

use crate::app::{update, Changes, Msg, State};
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::view::{self, Ctx, Region};

use super::{action_of, build, detach, document};

thread_local! {
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

fn next_prefix() -> String {
    let n = NEXT_ID.with(|c| {
        let n = c.get();
        c.set(n.wrapping_add(1));
        n
    });
    let mut s = String::from("ic");
    crate::text::push_u64(&mut s, u64::from(n));
    s
}

/// The card's inner state, shared with its listeners through a `Weak`.
pub struct Inner {
    host: Element,
    root: Element,
    data: Dataset,
    state: State,
    prefix: String,
    lang: Lang,
    listeners: Vec<EventListener>,
}

/// A card mounted into a host element.
pub struct MountedCard {
    inner: Rc<RefCell<Inner>>,
}

impl MountedCard {
    /// Renders `data` into `host` (replacing the host's children) and wires its events.
    pub fn mount(host: &Element, data: Dataset, lang: Lang) -> Result<MountedCard, JsValue> {
        let doc = document()?;
        let prefix = next_prefix();
        let state = State::default();
        let root = {
            let ctx = Ctx {
                data: &data,
                state: &state,
                prefix: &prefix,
                lang,
                static_html: false,
            };
            build(&doc, &view::card(&ctx))?
        };
        host.replace_children_with_node_1(&root);
        let inner = Rc::new(RefCell::new(Inner {
            host: host.clone(),
            root: root.clone(),
            data,
            state,
            prefix,
            lang,
            listeners: Vec::new(),
        }));
        let weak = Rc::downgrade(&inner);
        let click = EventListener::new(&root, "click", move |ev| {
            if let Some((_, act)) = action_of(ev.target()) {
                if let Some(msg) = Msg::parse(&act) {
                    dispatch(&weak, msg);
                }
            }
        });
        let _ = EventListenerOptions::enable_prevent_default();
        inner.borrow_mut().listeners.push(click);
        Ok(MountedCard { inner })
    }

    /// Applies a message as if the reader had done it.
    pub fn send(&self, msg: Msg) {
        dispatch(&Rc::downgrade(&self.inner), msg);
    }

    /// The card's dataset.
    pub fn data(&self) -> std::cell::Ref<'_, Dataset> {
        std::cell::Ref::map(self.inner.borrow(), |i| &i.data)
    }

    /// The id prefix of this card.
    pub fn prefix(&self) -> String {
        self.inner.borrow().prefix.clone()
    }
}

impl Drop for MountedCard {
    fn drop(&mut self) {
        if let Ok(mut inner) = self.inner.try_borrow_mut() {
            inner.listeners.clear();
            detach(&inner.root);
            let _ = &inner.host;
        }
    }
}

fn region_of(changes: Changes) -> Vec<Region> {
    let mut out = Vec::new();
    if changes.has(Changes::SIDES) {
        out.push(Region::Sides);
    }
    if changes.has(Changes::ARTICLE) {
        out.push(Region::Article);
    }
    out
}

fn dispatch(weak: &Weak<RefCell<Inner>>, msg: Msg) {
    let Some(rc) = weak.upgrade() else { return };
    let Ok(mut guard) = rc.try_borrow_mut() else {
        return;
    };
    let inner = &mut *guard;
    let changes = update(&mut inner.state, msg, &inner.data);
    let _ = render(inner, changes);
}

/// Re-renders only the regions `changes` names, keeping focus on the same control.
fn render(inner: &mut Inner, changes: Changes) -> Result<(), JsValue> {
    let doc = document()?;
    let ctx = Ctx {
        data: &inner.data,
        state: &inner.state,
        prefix: &inner.prefix,
        lang: inner.lang,
        static_html: false,
    };
    let active = doc.active_element();
    for r in region_of(changes) {
        let mut selector = String::from("[data-region=\"");
        selector.push_str(r.name());
        selector.push_str("\"]");
        let Some(old) = inner.root.query_selector(&selector)? else {
            continue;
        };
        let focused_act = active
            .as_ref()
            .filter(|a| old.contains(Some(a)))
            .and_then(|a| a.get_attribute("data-act"));
        let new = build(&doc, &view::region(&ctx, r))?;
        old.replace_with_with_node_1(&new)?;
        if let Some(act) = focused_act {
            let mut sel = String::from("[data-act=\"");
            sel.push_str(&act);
            sel.push_str("\"]");
            if let Some(el) = new.query_selector(&sel)? {
                if let Ok(h) = el.dyn_into::<HtmlElement>() {
                    let _ = h.focus();
                }
            }
        }
    }
    if changes.has(Changes::ANNOUNCE) {
        if let Some(live) = inner.root.query_selector("[data-region=\"live\"]")? {
            live.set_text_content(Some(&inner.state.announcement));
        }
    }
    Ok(())
}
