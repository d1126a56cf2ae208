//! The first-screen shell and the full app draw the same start page: the same buttons (by their
//! `data-action` keys), links and headings, which is what lets the handover press "the same"
//! control again. Also: which element a press is recorded for.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test
#![cfg(target_arch = "wasm32")]

use fingertip_web::handover::{pending_key, SHELL_ROOT_ID};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .expect("window")
        .document()
        .expect("document")
}

/// `attr` of every element matching `selector` under `root`, in document order.
fn attrs(root: &web_sys::Element, selector: &str, attr: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        .filter_map(|el| el.get_attribute(attr))
        .collect()
}

fn headings(root: &web_sys::Element) -> Vec<String> {
    let list = root.query_selector_all("h1, h2").expect("valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.text_content())
        .collect()
}

#[wasm_bindgen_test]
async fn shell_and_full_app_draw_the_same_start_page_controls() {
    let doc = document();
    (web_sys::window().expect("window").location())
        .set_hash("#/")
        .expect("the start page's address");
    let full = doc.create_element("div").expect("div");
    doc.body()
        .expect("body")
        .append_child(&full)
        .expect("append");
    yew::Renderer::<fingertip_web::app::App>::with_root(full.clone()).render();
    yew::scheduler::flush().await;

    fingertip_web::shell::run();
    yew::scheduler::flush().await;
    let shell = doc
        .get_element_by_id(SHELL_ROOT_ID)
        .expect("the shell mounted");

    let actions = attrs(&full, "[data-action]", "data-action");
    assert!(
        actions.len() >= 4,
        "new, sample, text size, export: {actions:?}"
    );
    assert_eq!(attrs(&shell, "[data-action]", "data-action"), actions);
    assert_eq!(
        attrs(&shell, "a[href]", "href"),
        attrs(&full, "a[href]", "href")
    );
    assert_eq!(headings(&shell), headings(&full));
    let pack_line = |root: &web_sys::Element| {
        root.query_selector(".pack-line")
            .ok()
            .flatten()
            .and_then(|p| p.text_content())
    };
    assert_eq!(pack_line(&shell), pack_line(&full));
    assert!(pack_line(&shell).is_some_and(|l| l.contains("共 63 题")));
}

#[wasm_bindgen_test]
fn a_press_is_recorded_for_the_control_around_its_target() {
    let doc = document();
    let host = doc.create_element("div").expect("div");
    host.set_inner_html(
        r##"<button data-action="delete:d1"><span id="inner">删除</span></button>
            <a id="link" href="#/training">培训学习</a><p id="plain">text</p>"##,
    );
    doc.body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    let by_id = |id: &str| doc.get_element_by_id(id).expect(id);
    assert_eq!(pending_key(&by_id("inner")).as_deref(), Some("delete:d1"));
    assert_eq!(pending_key(&by_id("link")).as_deref(), Some("#/training"));
    assert_eq!(pending_key(&by_id("plain")), None);
}
