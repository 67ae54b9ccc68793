//! Browser DOM tests (wasm-bindgen-test, `wasm-pack test --headless --chrome`):
//! each test mounts a card into a fresh container, clicks and types like a
//! reader, and asserts on the DOM.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

use incident_card::api::{mount, Card};

wasm_bindgen_test_configure!(run_in_browser);

fn doc() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn container() -> Element {
    let el = doc().create_element("div").unwrap();
    doc().body().unwrap().append_child(&el).unwrap();
    el
}

/// Mounts the default card, ignoring deep links unless asked.
fn mount_default(host: &Element) -> Card {
    let opts = js_sys::Object::new();
    js_sys::Reflect::set(&opts, &"deepLinks".into(), &false.into()).unwrap();
    mount(host, opts.into()).unwrap()
}

fn q(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn text_of(root: &Element, selector: &str) -> String {
    q(root, selector).text_content().unwrap_or_default()
}

fn all_text(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

fn click(root: &Element, selector: &str) {
    q(root, selector).dyn_into::<HtmlElement>().unwrap().click();
}

/// Dispatches a keydown like a keyboard would; returns false if the card prevented the default.
fn key(target: &Element, key: &str) -> bool {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let ev = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&ev).unwrap()
}

fn active_id() -> String {
    doc().active_element().map(|e| e.id()).unwrap_or_default()
}

fn selected_tab(root: &Element) -> String {
    text_of(root, "[role=tab][aria-selected=true]")
}

fn visible_panels(root: &Element) -> Vec<String> {
    let list = root.query_selector_all("[role=tabpanel]").unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into::<Element>().unwrap())
        .filter(|p| !p.has_attribute("hidden"))
        .map(|p| p.get_attribute("data-tab").unwrap())
        .collect()
}

async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

#[wasm_bindgen_test]
fn the_default_card_shows_headline_both_sides_and_third_parties() {
    let host = container();
    let _card = mount_default(&host);
    assert_eq!(
        text_of(&host, "h2"),
        "Azerbaijan: Armenian forces killed, injured soldiers in border attack"
    );
    assert_eq!(
        text_of(&host, ".ic-kicker"),
        "Border clash · Kalbajar and Lachin · Tue 16 Nov 2021"
    );
    assert_eq!(
        all_text(&host, ".ic-colhead"),
        vec!["Azerbaijan says", "Armenia says"]
    );
    let bys = all_text(&host, ".ic-by").join("\n");
    assert!(bys.contains("Azerbaijan's defence ministry"), "{bys}");
    assert!(bys.contains("Armenia's defence ministry"), "{bys}");
    let others = text_of(&host, "[data-tab=reactions]");
    for name in [
        "Russia",
        "European Union",
        "France",
        "United Nations",
        "United States",
    ] {
        assert!(others.contains(name), "{name} missing from {others}");
    }
    // Quoted words are <q> elements (text nodes inside), not markup from data.
    assert_eq!(
        text_of(&host, "#ic1-claim-c5 q, [id$=claim-c5] q"),
        "large-scale military provocation."
    );
}

#[wasm_bindgen_test]
fn clicking_a_tab_selects_it_and_patches_in_place() {
    let host = container();
    let _card = mount_default(&host);
    let figures_tab = q(&host, "[data-act='tab:figures']");
    let claims_list = q(&host, ".ic-claims");
    let header = q(&host, ".ic-head");
    click(&host, "[data-act='tab:figures']");
    assert_eq!(selected_tab(&host), "Figures");
    assert_eq!(visible_panels(&host), vec!["figures"]);
    assert_eq!(figures_tab.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(
        host.query_selector_all("[role=tab][tabindex='0']")
            .unwrap()
            .length(),
        1
    );
    // Nothing was rebuilt: the same nodes are still in the card.
    assert!(host.contains(Some(&figures_tab)));
    assert!(host.contains(Some(&claims_list)));
    assert!(host.contains(Some(&header)));
    assert!(q(&host, "[data-act='tab:figures']").is_same_node(Some(&figures_tab)));
}

#[wasm_bindgen_test]
fn arrow_keys_home_and_end_move_between_tabs_and_keep_focus_on_the_tab() {
    let host = container();
    let _card = mount_default(&host);
    let claims = q(&host, "[data-act='tab:claims']");
    claims.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    assert!(!key(&claims, "ArrowRight"), "the card handles the key");
    assert_eq!(selected_tab(&host), "Figures");
    assert!(active_id().ends_with("-tab-figures"), "{}", active_id());
    let figures = doc().active_element().unwrap();
    key(&figures, "ArrowLeft");
    key(&doc().active_element().unwrap(), "ArrowLeft");
    assert_eq!(
        selected_tab(&host),
        "Article",
        "Left wraps from the first tab"
    );
    assert!(active_id().ends_with("-tab-article"));
    key(&doc().active_element().unwrap(), "ArrowRight");
    assert_eq!(
        selected_tab(&host),
        "Claims",
        "Right wraps from the last tab"
    );
    key(&doc().active_element().unwrap(), "End");
    assert_eq!(selected_tab(&host), "Article");
    key(&doc().active_element().unwrap(), "Home");
    assert_eq!(selected_tab(&host), "Claims");
    assert_eq!(visible_panels(&host), vec!["claims"]);
    // Other keys are left to the browser.
    assert!(key(&doc().active_element().unwrap(), "a"));
}

#[wasm_bindgen_test]
fn showing_a_source_highlights_the_sentence_and_back_returns_focus() {
    let host = container();
    let _card = mount_default(&host);
    let button = q(&host, "[data-act='src:c3']");
    button.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    click(&host, "[data-act='src:c3']");
    assert_eq!(selected_tab(&host), "Article");
    assert_eq!(visible_panels(&host), vec!["article"]);
    let mark = q(&host, "mark");
    assert_eq!(
        mark.text_content().unwrap(),
        "Armenia's defence ministry said one Armenian soldier was killed, 13 were captured by Azerbaijani forces and 24 more servicemen were missing."
    );
    assert_eq!(
        text_of(&mark, ".ic-hl-speaker"),
        "Armenia's defence ministry"
    );
    assert_eq!(text_of(&mark, ".ic-hl-cue"), "said");
    assert!(
        doc().active_element().unwrap().is_same_node(Some(&mark)),
        "focus moves to the sentence"
    );
    assert_eq!(
        text_of(&host, "[data-region=live]"),
        "Showing the source sentence of the claim by Armenia's defence ministry."
    );
    click(&host, "[data-act=back]");
    assert_eq!(selected_tab(&host), "Claims");
    assert!(host.query_selector("mark").unwrap().is_none());
    assert!(
        doc().active_element().unwrap().is_same_node(Some(&button)),
        "focus returns to the control the reader came from"
    );
}

#[wasm_bindgen_test]
fn a_figure_opens_its_sentence_and_back_returns_to_the_figure() {
    let host = container();
    let _card = mount_default(&host);
    click(&host, "[data-act='tab:figures']");
    let fig = q(&host, "[data-tab=figures] [data-act='src:c1']");
    fig.dyn_ref::<HtmlElement>().unwrap().click();
    assert!(text_of(&host, "mark").starts_with("\"Seven servicemen died"));
    assert_eq!(text_of(&host, ".ic-back"), "Back to Figures");
    click(&host, ".ic-back");
    assert_eq!(selected_tab(&host), "Figures");
    assert!(doc().active_element().unwrap().is_same_node(Some(&fig)));
}

#[wasm_bindgen_test]
fn swapping_reverses_the_columns_keeps_focus_and_announces_it() {
    let host = container();
    let _card = mount_default(&host);
    let before = all_text(&host, ".ic-colhead");
    let swap = q(&host, "[data-act=swap]");
    swap.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    click(&host, "[data-act=swap]");
    let after = all_text(&host, ".ic-colhead");
    assert_eq!(after, before.iter().rev().cloned().collect::<Vec<_>>());
    assert_eq!(
        all_text(&host, ".ic-th-side"),
        vec!["Armenia says", "Azerbaijan says"]
    );
    assert_eq!(
        text_of(&host, "[data-region=live]"),
        "Columns swapped: Armenia first."
    );
    assert!(doc().active_element().unwrap().is_same_node(Some(&swap)));
    click(&host, "[data-act=swap]");
    assert_eq!(all_text(&host, ".ic-colhead"), before);
}

#[wasm_bindgen_test]
fn the_about_disclosure_toggles_aria_expanded() {
    let host = container();
    let _card = mount_default(&host);
    let button = "[data-act='toggle:about']";
    assert_eq!(
        q(&host, button).get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(q(&host, ".ic-about-body").has_attribute("hidden"));
    click(&host, button);
    assert_eq!(
        q(&host, button).get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!q(&host, ".ic-about-body").has_attribute("hidden"));
}

#[wasm_bindgen_test]
fn deep_links_open_their_claim_at_mount_and_on_hashchange() {
    let window = web_sys::window().unwrap();
    window.location().set_hash("#incident-card/c4").unwrap();
    let host = container();
    let card = mount(&host, JsValue::UNDEFINED).unwrap();
    let target = q(&host, ".is-target");
    assert!(target.id().ends_with("-claim-c4"));
    assert!(doc().active_element().unwrap().is_same_node(Some(&target)));
    window.location().set_hash("#incident-card/c9").unwrap();
    window
        .dispatch_event(&web_sys::Event::new("hashchange").unwrap())
        .unwrap();
    assert_eq!(selected_tab(&host), "Reactions");
    assert!(q(&host, ".is-target").id().ends_with("-claim-c7"));
    assert_eq!(
        text_of(&host, "[data-region=live]"),
        "Showing the claim by United Nations."
    );
    // After unmounting, the window listener is gone: a hash change does nothing.
    let root = q(&host, ".ic");
    drop(card);
    window.location().set_hash("#incident-card/c1").unwrap();
    window
        .dispatch_event(&web_sys::Event::new("hashchange").unwrap())
        .unwrap();
    assert!(q(&root, ".is-target").id().ends_with("-claim-c7"));
    window.location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
fn select_and_show_source_are_the_js_api_for_the_same_messages() {
    let host = container();
    let card = mount_default(&host);
    card.select("c6");
    assert!(q(&host, ".is-target").id().ends_with("-claim-c6"));
    card.show_source("c5");
    assert_eq!(text_of(&host, "mark .ic-hl-speaker"), "Baku");
    card.select("nope");
    assert_eq!(
        selected_tab(&host),
        "Article",
        "an unknown id changes nothing"
    );
}

#[wasm_bindgen_test]
fn a_repeated_announcement_is_a_new_text_node() {
    let host = container();
    let card = mount_default(&host);
    card.show_source("c5");
    let live = q(&host, "[data-region=live]");
    let first = live.first_child().unwrap();
    card.show_source("c5");
    assert_eq!(
        live.text_content().unwrap(),
        "Showing the source sentence of the claim by Baku."
    );
    assert!(!live.first_child().unwrap().is_same_node(Some(&first)));
}

#[wasm_bindgen_test]
async fn copy_link_copies_or_shows_the_link() {
    let host = container();
    let _card = mount_default(&host);
    click(&host, "[data-act='copy:c2']");
    sleep(100).await;
    let live = text_of(&host, "[data-region=live]");
    if live == "Link copied." {
        assert!(host.query_selector(".ic-link").unwrap().is_none());
    } else {
        assert!(
            live.starts_with("Copying is not available here. The link is: "),
            "{live}"
        );
        assert!(live.ends_with("#incident-card/c2"), "{live}");
        assert!(text_of(&host, ".ic-link code").ends_with("#incident-card/c2"));
    }
}

#[wasm_bindgen_test]
fn data_is_text_never_markup() {
    let article = incident_card::DEFAULT_ARTICLE.replace(
        "Azerbaijan: Armenian forces killed, injured soldiers in border attack",
        "<img src=x onerror=alert(1)> headline",
    );
    let host = container();
    let opts = js_sys::Object::new();
    js_sys::Reflect::set(&opts, &"article".into(), &article.into()).unwrap();
    js_sys::Reflect::set(&opts, &"deepLinks".into(), &false.into()).unwrap();
    let _card = mount(&host, opts.into()).unwrap();
    assert!(host.query_selector("img").unwrap().is_none());
    assert_eq!(
        text_of(&host, "h2"),
        "<img src=x onerror=alert(1)> headline"
    );
}

#[wasm_bindgen_test]
fn the_chart_is_svg_in_the_svg_namespace() {
    let host = container();
    let _card = mount_default(&host);
    let svg = q(&host, "svg");
    assert_eq!(
        svg.namespace_uri().as_deref(),
        Some("http://www.w3.org/2000/svg")
    );
    let rect = q(&host, "svg rect");
    assert_eq!(
        rect.namespace_uri().as_deref(),
        Some("http://www.w3.org/2000/svg")
    );
    assert_eq!(host.query_selector_all("svg rect").unwrap().length(), 5);
}

#[wasm_bindgen_test]
fn two_cards_on_a_page_have_distinct_ids() {
    let a = container();
    let b = container();
    let _ca = mount_default(&a);
    let _cb = mount_default(&b);
    let ia = q(&a, ".ic").id();
    let ib = q(&b, ".ic").id();
    assert_ne!(ia, ib);
    click(&b, "[data-act='tab:timeline']");
    assert_eq!(selected_tab(&a), "Claims");
    assert_eq!(selected_tab(&b), "Timeline");
}

#[wasm_bindgen_test]
fn unmounting_removes_the_card_and_its_listeners() {
    let host = container();
    let mut card = mount_default(&host);
    let root = q(&host, ".ic");
    card.unmount();
    assert_eq!(host.child_element_count(), 0);
    // The detached root no longer reacts: a click on its swap button changes nothing.
    let before = all_text(&root, ".ic-colhead");
    click(&root, "[data-act=swap]");
    assert_eq!(all_text(&root, ".ic-colhead"), before);
    card.unmount();
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

/// A container inside an open shadow root, as `<incident-card>` makes it.
fn shadow_container() -> (Element, web_sys::ShadowRoot) {
    let host = container();
    let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
    let root = host.attach_shadow(&init).unwrap();
    let inner = doc().create_element("div").unwrap();
    root.append_child(&inner).unwrap();
    (inner, root)
}

fn options(pairs: &[(&str, &str)]) -> JsValue {
    let opts = js_sys::Object::new();
    js_sys::Reflect::set(&opts, &"deepLinks".into(), &false.into()).unwrap();
    for (k, v) in pairs {
        js_sys::Reflect::set(&opts, &(*k).into(), &(*v).into()).unwrap();
    }
    opts.into()
}

#[wasm_bindgen_test]
fn in_a_shadow_root_focus_moves_inside_the_card() {
    let (inner, root) = shadow_container();
    let _card = mount(&inner, options(&[])).unwrap();
    let button = q(&inner, "[data-act='src:c3']");
    button.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    click(&inner, "[data-act='src:c3']");
    let focused = root
        .active_element()
        .expect("focus stays in the shadow root");
    assert!(focused.id().ends_with("-mark"), "{}", focused.id());
    click(&inner, "[data-act=back]");
    assert!(root.active_element().unwrap().is_same_node(Some(&button)));
    // Arrow keys in the tab list move focus inside the shadow root too.
    let claims = q(&inner, "[data-act='tab:claims']");
    claims.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    key(&claims, "ArrowRight");
    assert!(root
        .active_element()
        .unwrap()
        .id()
        .ends_with("-tab-figures"));
}

#[wasm_bindgen_test]
fn selecting_a_claim_fires_a_composed_event_the_page_can_hear() {
    let (inner, root) = shadow_container();
    let card = mount(&inner, options(&[])).unwrap();
    let page_host: Element = root.host();
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::<String>::new()));
    let log = seen.clone();
    let _listener =
        gloo_events::EventListener::new(&page_host, "incident-card:select", move |ev| {
            let ev: &web_sys::CustomEvent = ev.unchecked_ref();
            let claim = js_sys::Reflect::get(&ev.detail(), &"claim".into()).unwrap();
            log.borrow_mut().push(claim.as_string().unwrap());
        });
    card.select("c4");
    click(&inner, "[data-act='src:c1']");
    assert_eq!(*seen.borrow(), vec!["c4".to_string(), "c1".to_string()]);
}

#[wasm_bindgen_test]
fn options_choose_the_language_theme_first_tab_and_side_order() {
    let host = container();
    let card = mount(
        &host,
        options(&[
            ("lang", "ar"),
            ("theme", "dark"),
            ("tab", "timeline"),
            ("sideOrder", "armenia"),
        ]),
    )
    .unwrap();
    let root = q(&host, ".ic");
    assert_eq!(root.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("dark"));
    assert_eq!(visible_panels(&host), vec!["timeline"]);
    assert_eq!(
        all_text(&host, ".ic-colhead"),
        vec!["بحسب Armenia", "بحسب Azerbaijan"]
    );
    card.set_theme(Some("auto".into()));
    assert!(!root.has_attribute("data-theme"));
    // Right to left: ArrowLeft is the next tab.
    let tab = q(&host, "[data-act='tab:timeline']");
    tab.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    key(&tab, "ArrowLeft");
    assert_eq!(selected_tab(&host), "ردود الفعل");
}

#[wasm_bindgen_test]
fn scoped_links_open_only_their_own_card() {
    let host = container();
    let card = mount(&host, options(&[("linkScope", "here")])).unwrap();
    assert!(!card.open_link("#incident-card/elsewhere/c6"));
    assert!(!card.open_link("#incident-card/c6"));
    assert!(!card.open_link("#incident-card/here/c99"));
    assert!(card.open_link("#incident-card/here/c6"));
    assert!(q(&host, ".is-target").id().ends_with("-claim-c6"));
}

#[wasm_bindgen_test]
fn the_error_card_says_what_and_where() {
    let host = container();
    let detail = js_sys::Object::new();
    js_sys::Reflect::set(&detail, &"field".into(), &"claims[0].party".into()).unwrap();
    js_sys::Reflect::set(&detail, &"reason".into(), &"refers to no party".into()).unwrap();
    js_sys::Reflect::set(&detail, &"lang".into(), &"fr".into()).unwrap();
    incident_card::api::render_error(&host, detail.into()).unwrap();
    let text = text_of(&host, ".ic-error");
    assert!(
        text.contains("Cette fiche d’incident n’a pas pu être affichée"),
        "{text}"
    );
    assert!(text.contains("champ claims[0].party"), "{text}");
    assert!(text.contains("refers to no party"), "{text}");
    // A dataset with a wrong type fails with the field named.
    let bad = js_sys::JSON::parse(r#"{"schema":"incident-card/1","article":{"title":"t","published":"2021-11-17","paragraphs":[]},"incident":{"title":"x"},"parties":[],"claims":"none","timeline":[],"context":[]}"#).unwrap();
    let opts = js_sys::Object::new();
    js_sys::Reflect::set(&opts, &"dataset".into(), &bad).unwrap();
    let err = match mount(&container(), opts.into()) {
        Ok(_) => panic!("a bad dataset must not mount"),
        Err(e) => e,
    };
    let field = js_sys::Reflect::get(&err, &"field".into()).unwrap();
    assert_eq!(field.as_string().as_deref(), Some("claims"));
}

#[wasm_bindgen_test]
fn exports_are_available_from_the_handle() {
    let host = container();
    let card = mount_default(&host);
    let csv = card.csv().unwrap();
    assert!(csv.starts_with("claim,claimant,"), "{csv}");
    let ld = card.json_ld().unwrap();
    let graph = js_sys::Reflect::get(&ld, &"@graph".into()).unwrap();
    assert!(js_sys::Array::from(&graph).length() > 2);
    assert_eq!(
        all_text(&host, ".ic-export button"),
        vec!["Download JSON", "Copy as CSV"]
    );
}
