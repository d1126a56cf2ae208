//! Browser tests of the app shell: mounts the real App in headless Chromium and checks its DOM.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_root() -> web_sys::Element {
    let document = gloo_document();
    let root = document.create_element("div").expect("create div");
    document
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    root
}

fn gloo_document() -> web_sys::Document {
    web_sys::window()
        .expect("window")
        .document()
        .expect("document")
}

#[wasm_bindgen_test]
async fn start_page_renders_title_and_privacy_promise() {
    let root = mount_root();
    yew::Renderer::<fingertip_web::app::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let h1 = root.query_selector("h1").expect("query").expect("an h1");
    assert_eq!(h1.text_content().as_deref(), Some("指尖自查"));
    let text = root.text_content().unwrap_or_default();
    assert!(
        text.contains("不会上传到任何服务器"),
        "privacy statement missing: {text}"
    );
    assert!(text.contains("新建自查"));
}
