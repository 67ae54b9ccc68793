//! A mounted card: owns its nodes, its state and its listeners. Events reach
//! Rust through delegation on the card root (`click`, `keydown`) and, for deep
//! links, `hashchange` on the window; each is an owned `gloo_events`
//! listener, so dropping the card removes them (nothing is leaked with
//! `Closure::forget`). A message goes through the pure
//! [`update`](crate::app::update); only the regions it reports are re-viewed,
//! and only the nodes that differ are touched. The card works the same in a
//! shadow root: ids and focus are looked up in the card's own tree.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, KeyboardEvent};

use crate::app::{
    initial_state, link_fragment, parse_link, update, Changes, Effect, Exported, Focus, Msg, State,
};
use crate::i18n::Lang;
use crate::markup::El;
use crate::model::Dataset;
use crate::view::{self, Ctx, Region};

use super::{action_of, build, by_id, detach, document, download, focused_in, patch};

thread_local! {
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

/// A number no other card or error card on the page has.
pub fn next_id() -> u32 {
    NEXT_ID.with(|c| {
        let n = c.get();
        c.set(n.wrapping_add(1));
        n
    })
}

fn next_prefix() -> String {
    let n = next_id();
    let mut s = String::from("ic");
    crate::text::push_u64(&mut s, u64::from(n));
    s
}

/// One region as shown: its tree and its node.
struct Shown {
    region: Region,
    el: El,
    node: Element,
}

/// The card's inner state, shared with its listeners through a `Weak`.
pub struct Inner {
    root: Element,
    data: Dataset,
    state: State,
    prefix: String,
    lang: Lang,
    shown: Vec<Shown>,
    listeners: Vec<EventListener>,
    link_scope: String,
    /// A scroll waiting for the next frame (cancelled when the card goes).
    scroll: Option<NextFrame>,
}

/// A callback for the next animation frame, owned: dropping it cancels the
/// frame (RAII, as `gloo-render` does), so nothing outlives its card.
struct NextFrame {
    id: i32,
    _closure: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl NextFrame {
    fn new(f: impl FnOnce() + 'static) -> Option<NextFrame> {
        let window = web_sys::window()?;
        let mut f = Some(f);
        let closure = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            if let Some(f) = f.take() {
                f();
            }
        });
        let id = window
            .request_animation_frame(closure.as_ref().unchecked_ref())
            .ok()?;
        Some(NextFrame {
            id,
            _closure: closure,
        })
    }
}

impl Drop for NextFrame {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let _ = w.cancel_animation_frame(self.id);
        }
    }
}

/// Mount options the DOM layer needs.
#[derive(Debug, Clone, Default)]
pub struct MountConfig {
    /// Interface language.
    pub lang: Lang,
    /// Follow `#incident-card/<claim>` links (at mount and on `hashchange`).
    pub deep_links: bool,
    /// The card's link scope (`#incident-card/<scope>/<claim>`); empty for none.
    pub link_scope: String,
    /// `light` or `dark` (set as `data-theme` on the card); anything else follows the system.
    pub theme: Option<String>,
    /// Which side to show first (party id or name, or `reverse`).
    pub side_order: Option<String>,
    /// The tab to open first (`claims`, `figures` …).
    pub tab: Option<String>,
}

/// A card mounted into a host element.
pub struct MountedCard {
    inner: Rc<RefCell<Inner>>,
}

impl MountedCard {
    /// Renders `data` into `host` (replacing the host's children) and wires its events.
    pub fn mount(host: &Element, data: Dataset, cfg: MountConfig) -> Result<MountedCard, JsValue> {
        let doc = document()?;
        let prefix = next_prefix();
        let state = initial_state(
            cfg.lang,
            &data,
            cfg.side_order.as_deref(),
            cfg.tab.as_deref(),
        );
        let tree = view::card(&Ctx {
            data: &data,
            state: &state,
            prefix: &prefix,
            lang: cfg.lang,
            static_html: false,
        });
        let root = build(&doc, &tree)?;
        // The root's element children are the regions, in the tree's order.
        let mut shown = Vec::new();
        let mut node = root.first_element_child();
        for child in tree.children {
            let (crate::markup::Node::El(el), Some(n)) = (child, node) else {
                break;
            };
            node = n.next_element_sibling();
            let Some(region) = Region::ALL
                .into_iter()
                .find(|r| el.get_attr("data-region") == Some(r.name()))
            else {
                continue;
            };
            shown.push(Shown {
                region,
                el,
                node: n,
            });
        }
        set_theme(&root, cfg.theme.as_deref());
        host.replace_children_with_node_1(&root);
        let inner = Rc::new(RefCell::new(Inner {
            root: root.clone(),
            data,
            state,
            prefix,
            lang: cfg.lang,
            shown,
            listeners: Vec::new(),
            link_scope: cfg.link_scope.clone(),
            scroll: None,
        }));

        let weak = Rc::downgrade(&inner);
        let click = EventListener::new(&root, "click", move |ev| {
            if let Some((control, act)) = action_of(ev.target()) {
                if let Some(msg) = Msg::parse(&act) {
                    let origin = weak
                        .upgrade()
                        .and_then(|rc| unprefixed(&rc.borrow().prefix, &control.id()));
                    dispatch(&weak, msg.with_origin(origin));
                }
            }
        });
        let weak = Rc::downgrade(&inner);
        let rtl = cfg.lang.is_rtl();
        let keydown = EventListener::new_with_options(
            &root,
            "keydown",
            EventListenerOptions::enable_prevent_default(),
            move |ev| {
                let Some(key) = ev.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if key.alt_key() || key.ctrl_key() || key.meta_key() || key.shift_key() {
                    return;
                }
                let Some((_, act)) = action_of(ev.target()) else {
                    return;
                };
                if !act.starts_with("tab:") {
                    return;
                }
                if let Some(msg) = Msg::from_tab_key(&key.key(), rtl) {
                    ev.prevent_default();
                    dispatch(&weak, msg);
                }
            },
        );
        {
            let mut i = inner.borrow_mut();
            i.listeners.push(click);
            i.listeners.push(keydown);
        }
        if cfg.deep_links {
            if let Some(window) = web_sys::window() {
                let weak = Rc::downgrade(&inner);
                let hash = EventListener::new(&window, "hashchange", move |_| {
                    open_from_hash(&weak);
                });
                inner.borrow_mut().listeners.push(hash);
                open_from_hash(&Rc::downgrade(&inner));
            }
        }
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

    /// The base of the card's JSON-LD `@id`s: its link scope, or its id prefix.
    pub fn ld_base(&self) -> String {
        let i = self.inner.borrow();
        if i.link_scope.is_empty() {
            i.prefix.clone()
        } else {
            i.link_scope.clone()
        }
    }

    /// Sets the colour theme (`light`, `dark`; anything else follows the system).
    pub fn set_theme(&self, theme: Option<&str>) {
        set_theme(&self.inner.borrow().root, theme);
    }

    /// Opens the claim a `location.hash` points at, if it is this card's link
    /// and a claim of its dataset. Returns whether it did.
    pub fn open_link(&self, hash: &str) -> bool {
        open_link(&Rc::downgrade(&self.inner), hash)
    }
}

fn set_theme(root: &Element, theme: Option<&str>) {
    let _ = match theme.map(str::trim) {
        Some(t @ ("light" | "dark")) => root.set_attribute("data-theme", t),
        _ => root.remove_attribute("data-theme"),
    };
}

impl Drop for MountedCard {
    fn drop(&mut self) {
        if let Ok(mut inner) = self.inner.try_borrow_mut() {
            inner.listeners.clear();
            inner.scroll = None;
            detach(&inner.root);
        }
    }
}

/// `ic1-src-c3` → `src-c3`.
fn unprefixed(prefix: &str, id: &str) -> Option<String> {
    let rest = id.strip_prefix(prefix)?.strip_prefix('-')?;
    (!rest.is_empty()).then(|| rest.to_string())
}

fn open_from_hash(weak: &Weak<RefCell<Inner>>) {
    if let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) {
        open_link(weak, &hash);
    }
}

fn open_link(weak: &Weak<RefCell<Inner>>, hash: &str) -> bool {
    let Some(rc) = weak.upgrade() else {
        return false;
    };
    let id = {
        let Ok(inner) = rc.try_borrow() else {
            return false;
        };
        match parse_link(hash, &inner.link_scope) {
            Some(id) if inner.data.claim(id).is_some() => id.to_string(),
            _ => return false,
        }
    };
    dispatch(weak, Msg::OpenClaim(id));
    true
}

fn dispatch(weak: &Weak<RefCell<Inner>>, msg: Msg) {
    let Some(rc) = weak.upgrade() else { return };
    let effect = {
        let Ok(mut guard) = rc.try_borrow_mut() else {
            return;
        };
        let inner = &mut *guard;
        let changes = update(&mut inner.state, msg, &inner.data);
        if let Err(e) = render(inner, changes) {
            web_sys::console::error_1(&e);
        }
        inner.state.effect.clone()
    };
    // Effects run after the borrow ends: they may dispatch again.
    match effect {
        Some(Effect::CopyLink(claim)) => copy_link(weak.clone(), claim),
        Some(Effect::Selected(claim)) => notify_selected(&rc, &claim),
        Some(Effect::DownloadJson) => {
            let ok = download_json(&rc).is_ok();
            if ok {
                dispatch(weak, Msg::Exported(Exported::JsonDownloaded));
            }
        }
        Some(Effect::CopyCsv) => copy_csv(weak.clone()),
        None => {}
    }
}

/// Fires `incident-card:select` on the card (bubbling, composed: a page sees
/// it on the `<incident-card>` element) with `{ claim, party, partyName, speaker }`.
fn notify_selected(rc: &Rc<RefCell<Inner>>, claim: &str) {
    let Ok(inner) = rc.try_borrow() else { return };
    let Some(c) = inner.data.claim(claim) else {
        return;
    };
    let detail = js_sys::Object::new();
    let set = |k: &str, v: &str| {
        let _ = js_sys::Reflect::set(&detail, &JsValue::from_str(k), &JsValue::from_str(v));
    };
    set("claim", &c.id);
    set("party", &c.party);
    set(
        "partyName",
        inner
            .data
            .party(&c.party)
            .map(|p| p.name.as_str())
            .unwrap_or(""),
    );
    set("speaker", &c.speaker);
    super::fire(&inner.root, "incident-card:select", &detail);
}

/// The dataset as a plain JS object.
pub fn dataset_value(data: &Dataset) -> Result<JsValue, JsValue> {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(data, &ser).map_err(|e| JsValue::from_str(&e.to_string()))
}

/// `incident-card-2021-11-16-azerbaijan-armenian-forces-killed.json`.
fn file_name(data: &Dataset, ext: &str) -> String {
    let mut name = String::from("incident-card-");
    let date = data
        .incident
        .date
        .as_deref()
        .unwrap_or(&data.article.published);
    if crate::date::Date::parse_iso(date).is_some() {
        name.push_str(date);
        name.push('-');
    }
    let slug = crate::text::slug(&data.article.title);
    let mut cut = 0;
    for (i, part) in slug.split('-').enumerate() {
        if i >= 6 || cut + part.len() > 48 {
            break;
        }
        cut += part.len() + usize::from(i > 0);
    }
    name.push_str(&slug[..cut.min(slug.len())]);
    if name.ends_with('-') {
        name.pop();
    }
    name.push('.');
    name.push_str(ext);
    name
}

fn download_json(rc: &Rc<RefCell<Inner>>) -> Result<(), JsValue> {
    let inner = rc.try_borrow().map_err(|_| JsValue::NULL)?;
    let value = dataset_value(&inner.data)?;
    let text =
        js_sys::JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2))?;
    let text: String = text.into();
    download(&file_name(&inner.data, "json"), "application/json", &text)
}

/// Writes the figures as CSV to the clipboard, or offers them as a file when
/// there is no clipboard or it refuses; reports back with [`Msg::Exported`].
fn copy_csv(weak: Weak<RefCell<Inner>>) {
    let Some(rc) = weak.upgrade() else { return };
    let (csv, name) = match rc.try_borrow() {
        Ok(i) => (
            crate::export::figures_csv(&i.data),
            file_name(&i.data, "csv"),
        ),
        Err(_) => return,
    };
    drop(rc);
    let fallback = move |weak: &Weak<RefCell<Inner>>, csv: &str| {
        if download(&name, "text/csv", csv).is_ok() {
            dispatch(weak, Msg::Exported(Exported::CsvDownloaded));
        }
    };
    let Some(clipboard) = clipboard() else {
        fallback(&weak, &csv);
        return;
    };
    let promise = clipboard.write_text(&csv);
    wasm_bindgen_futures::spawn_local(async move {
        if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
            dispatch(&weak, Msg::Exported(Exported::CsvCopied));
        } else {
            fallback(&weak, &csv);
        }
    });
}

/// The page's clipboard, if it has one (insecure contexts do not).
fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let has = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    has.then(|| navigator.clipboard())
}

/// Re-views only the regions `changes` names and patches their nodes, then moves focus.
fn render(inner: &mut Inner, changes: Changes) -> Result<(), JsValue> {
    let doc = document()?;
    let ctx = Ctx {
        data: &inner.data,
        state: &inner.state,
        prefix: &inner.prefix,
        lang: inner.lang,
        static_html: false,
    };
    let active = focused_in(&inner.root);
    let active_id = active
        .as_ref()
        .filter(|a| inner.root.contains(Some(a)))
        .map(|a| a.id())
        .filter(|id| !id.is_empty());
    for r in Region::changed(changes) {
        let Some(shown) = inner.shown.iter_mut().find(|s| s.region == r) else {
            continue;
        };
        if r == Region::Live {
            // A fresh text node, so that a repeated message is announced again.
            shown.node.set_text_content(None);
            shown.el.children.clear();
        }
        let new = view::region(&ctx, r);
        patch(&doc, &shown.node, &shown.el, &new)?;
        shown.el = new;
    }
    let focus = inner.state.focus.clone().or_else(|| {
        // A patch replaced the focused control: focus its successor.
        let lost = active.as_ref().is_some_and(|a| !a.is_connected());
        active_id.filter(|_| lost).map(|id| Focus {
            id: unprefixed(&inner.prefix, &id).unwrap_or(id),
            center: false,
        })
    });
    if let Some(f) = focus {
        // Centring the sentence forces a layout: done in the next frame, so
        // the click handler itself stays short.
        if let Some(el) = move_focus(&inner.root, &inner.prefix, &f) {
            inner.scroll = NextFrame::new(move || {
                let scroll = web_sys::ScrollIntoViewOptions::new();
                scroll.set_block(web_sys::ScrollLogicalPosition::Center);
                scroll.set_behavior(web_sys::ScrollBehavior::Auto);
                el.scroll_into_view_with_scroll_into_view_options(&scroll);
            });
        }
    }
    Ok(())
}

/// Moves focus to the control `f` names; returns the element to centre on
/// screen when `f` asks for it (the caller scrolls in the next frame).
fn move_focus(root: &Element, prefix: &str, f: &Focus) -> Option<HtmlElement> {
    let mut id = String::from(prefix);
    id.push('-');
    id.push_str(&f.id);
    let el = by_id(root, &id).filter(|e| root.contains(Some(e)))?;
    let h = el.dyn_into::<HtmlElement>().ok()?;
    if f.center {
        let opts = web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = h.focus_with_options(&opts);
        Some(h)
    } else {
        let _ = h.focus();
        None
    }
}

/// Writes a claim's link to the clipboard; reports back with [`Msg::Copied`].
fn copy_link(weak: Weak<RefCell<Inner>>, claim: String) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let mut url = window.location().href().unwrap_or_default();
    if let Some(i) = url.find('#') {
        url.truncate(i);
    }
    let scope = match weak.upgrade() {
        Some(rc) => rc.borrow().link_scope.clone(),
        None => return,
    };
    url.push_str(&link_fragment(&scope, &claim));
    let Some(clipboard) = clipboard() else {
        dispatch(
            &weak,
            Msg::Copied {
                claim,
                url,
                ok: false,
            },
        );
        return;
    };
    let promise = clipboard.write_text(&url);
    wasm_bindgen_futures::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        dispatch(&weak, Msg::Copied { claim, url, ok });
    });
}
