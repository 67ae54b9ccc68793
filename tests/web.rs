//! Browser DOM tests (wasm-bindgen-test, `wasm-pack test --headless --chrome`):
//! each test mounts a card into a fresh container, clicks like a reader and
//! asserts on the DOM.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

use incident_card::api::mount;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn all_text(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

#[wasm_bindgen_test]
fn the_default_card_shows_headline_both_sides_and_third_parties() {
    let host = container();
    let _card = mount(&host, JsValue::UNDEFINED).unwrap();
    assert_eq!(
        text_of(&host, "h2"),
        "Azerbaijan: Armenian forces killed, injured soldiers in border attack"
    );
    let sides = all_text(&host, ".ic-side h4");
    assert_eq!(sides.len(), 2);
    assert!(sides.contains(&"Azerbaijan".to_string()), "{sides:?}");
    assert!(sides.contains(&"Armenia".to_string()), "{sides:?}");
    let bys = all_text(&host, ".ic-by").join("\n");
    assert!(bys.contains("Azerbaijan's defence ministry"), "{bys}");
    assert!(bys.contains("Armenia's defence ministry"), "{bys}");
    let others = text_of(&host, ".ic-others");
    for name in [
        "Russia",
        "European Union",
        "France",
        "United Nations",
        "United States",
    ] {
        assert!(others.contains(name), "{name} missing from {others}");
    }
}

#[wasm_bindgen_test]
fn swapping_reverses_the_columns_and_announces_it() {
    let host = container();
    let _card = mount(&host, JsValue::UNDEFINED).unwrap();
    let before = all_text(&host, ".ic-side h4");
    click(&host, "[data-act=swap]");
    let after = all_text(&host, ".ic-side h4");
    assert_eq!(after, before.iter().rev().cloned().collect::<Vec<_>>());
    let live = text_of(&host, "[data-region=live]");
    assert!(live.contains(&after[0]), "{live}");
}

#[wasm_bindgen_test]
fn the_article_disclosure_toggles_aria_expanded_and_the_text() {
    let host = container();
    let _card = mount(&host, JsValue::UNDEFINED).unwrap();
    let button = "[data-act=toggle-article]";
    let state = |h: &Element| {
        h.query_selector(button)
            .unwrap()
            .unwrap()
            .get_attribute("aria-expanded")
            .unwrap()
    };
    assert_eq!(state(&host), "false");
    assert!(host
        .query_selector(".ic-article-body")
        .unwrap()
        .unwrap()
        .has_attribute("hidden"));
    click(&host, button);
    assert_eq!(state(&host), "true");
    let body = host.query_selector(".ic-article-body").unwrap().unwrap();
    assert!(!body.has_attribute("hidden"));
    assert!(body.text_content().unwrap().contains("ceasefire"));
}

#[wasm_bindgen_test]
fn unmounting_removes_the_card_and_its_listeners() {
    let host = container();
    let mut card = mount(&host, JsValue::UNDEFINED).unwrap();
    let root = host.query_selector(".ic").unwrap().unwrap();
    card.unmount();
    assert_eq!(host.child_element_count(), 0);
    // The detached root no longer reacts: a click on its swap button changes nothing.
    let before = all_text(&root, ".ic-side h4");
    click(&root, "[data-act=swap]");
    assert_eq!(all_text(&root, ".ic-side h4"), before);
}

#[wasm_bindgen_test]
fn a_broken_article_gives_an_error_with_its_line() {
    let host = container();
    let opts = js_sys::Object::new();
    js_sys::Reflect::set(&opts, &"article".into(), &"hello\nworld".into()).unwrap();
    let err = match mount(&host, opts.into()) {
        Ok(_) => panic!("a broken article must not mount"),
        Err(e) => e,
    };
    let line = js_sys::Reflect::get(&err, &"line".into()).unwrap();
    assert_eq!(line.as_f64(), Some(1.0));
    let msg = js_sys::Reflect::get(&err, &"message".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(msg.contains("line 1"), "{msg}");
}
