//! The production start-up path in one page: the shell runs, a press starts on its 大字号 button,
//! then the full app starts (`fingertip_web::run_in`, as `run` but not on the body), removes the shell and presses the button again.
//! (Its own test binary: `run` marks the page as taken over for good.)
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test
#![cfg(target_arch = "wasm32")]

use fingertip_web::handover::{PENDING_ATTR, SHELL_ROOT_ID};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn turn() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn a_press_during_loading_is_replayed_by_the_full_app() {
    let window = web_sys::window().expect("window");
    let doc = window.document().expect("document");
    let storage = window.local_storage().expect("storage").expect("storage");
    storage.clear().expect("clear");
    window
        .location()
        .set_hash("#/")
        .expect("the start page's address");

    fingertip_web::shell::run();
    yew::scheduler::flush().await;
    let shell = doc
        .get_element_by_id(SHELL_ROOT_ID)
        .expect("the shell mounted");
    let button = shell
        .query_selector("[data-action=\"text-size\"]")
        .expect("selector")
        .expect("the shell's 大字号 button");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let press = web_sys::Event::new_with_event_init_dict("pointerdown", &init).expect("event");
    button.dispatch_event(&press).expect("dispatch");
    assert_eq!(
        shell.get_attribute(PENDING_ATTR).as_deref(),
        Some("text-size")
    );
    let root = doc.document_element().expect("html");
    assert!(!root.class_list().contains("large-text"));

    let full = doc.create_element("div").expect("div");
    doc.body()
        .expect("body")
        .append_child(&full)
        .expect("append");
    fingertip_web::run_in(full);
    for _ in 0..200 {
        if doc.get_element_by_id(SHELL_ROOT_ID).is_none()
            && root.class_list().contains("large-text")
        {
            break;
        }
        yew::scheduler::flush().await;
        turn().await;
    }
    assert!(
        doc.get_element_by_id(SHELL_ROOT_ID).is_none(),
        "shell still there"
    );
    assert_eq!(doc.query_selector_all("main").expect("main").length(), 1);
    assert!(
        root.class_list().contains("large-text"),
        "the press was not replayed"
    );
    let pressed = doc
        .query_selector("[data-action=\"text-size\"]")
        .expect("selector")
        .expect("the full app's 大字号 button");
    assert_eq!(
        pressed.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
}
