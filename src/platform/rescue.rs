//! Panic rescue: a panic hook that replaces the dead page with a Chinese error screen and a download
//! link holding every stored entry of this app, raw, plus the open draft's text when its last save
//! failed (so the download holds what the screen held). Everything is prepared inside the hook, so
//! the link works without running any more Rust after the panic. A trap that bypasses the hook is
//! caught by `static/trap-rescue.js`, which reads the same unsaved text from
//! `window.__fingertipUnsaved`.

use std::cell::RefCell;

use fingertip_core::import::{backup_json, QuarantinedEntry};
use wasm_bindgen::JsCast;

/// Prefix of every localStorage key this app writes.
const PREFIX: &str = "fingertip/";
/// The global the JavaScript trap rescue reads.
const UNSAVED_GLOBAL: &str = "__fingertipUnsaved";

thread_local! {
    /// The open draft's saved-file text when its last save failed, under a rescue key.
    static UNSAVED: RefCell<Option<QuarantinedEntry>> = const { RefCell::new(None) };
}

/// Keeps the text of draft `id` whose save just failed, for both rescue paths; `None` clears it
/// (the save worked, so storage holds what the screen holds).
pub fn keep_unsaved(id: &str, json: Option<String>) {
    let entry = json.map(|raw| QuarantinedEntry {
        key: format!("unsaved/{id}"),
        raw,
    });
    let js = match &entry {
        Some(e) => {
            let o = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&o, &"key".into(), &e.key.as_str().into());
            let _ = js_sys::Reflect::set(&o, &"raw".into(), &e.raw.as_str().into());
            o.into()
        }
        None => wasm_bindgen::JsValue::UNDEFINED,
    };
    if let Some(w) = web_sys::window() {
        let _ = js_sys::Reflect::set(&w, &UNSAVED_GLOBAL.into(), &js);
    }
    UNSAVED.with(|u| *u.borrow_mut() = entry);
}

/// A real WebAssembly trap (the `unreachable` instruction), bypassing the panic hook: what the
/// diagnostics page offers to check that the JavaScript rescue works.
pub fn trap_for_test() {
    #[cfg(target_arch = "wasm32")]
    core::arch::wasm32::unreachable();
}

/// Installs the hook through Yew (which otherwise installs its own console-only hook when rendering).
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let detail = info.to_string();
        web_sys::console::error_1(&detail.clone().into());
        show_rescue_screen(&detail);
    }));
}

/// Every stored entry of this app, raw, as backup "quarantined" entries: the backup import re-reads
/// each one, so the rescue file restores like any backup without parsing anything here.
fn rescue_json() -> String {
    let mut entries = Vec::new();
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        for i in 0..s.length().unwrap_or(0) {
            let Some(key) = s.key(i).ok().flatten().filter(|k| k.starts_with(PREFIX)) else {
                continue;
            };
            if let Some(raw) = s.get_item(&key).ok().flatten() {
                entries.push(QuarantinedEntry { key, raw });
            }
        }
    }
    if let Some(unsaved) = UNSAVED.with(|u| u.borrow().clone()) {
        entries.push(unsaved);
    }
    backup_json(
        &String::from(js_sys::Date::new_0().to_iso_string()),
        &[],
        &entries,
    )
}

fn show_rescue_screen(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    let href = blob_url(&rescue_json()).unwrap_or_default();
    body.set_inner_html(RESCUE_HTML);
    if let Some(a) = document
        .get_element_by_id("rescue-download")
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&href);
        a.set_download(&format!(
            "指尖自查-数据抢救-{}.json",
            &String::from(js_sys::Date::new_0().to_iso_string())[..10]
        ));
    }
    if let Some(pre) = document.get_element_by_id("rescue-detail") {
        pre.set_text_content(Some(detail));
    }
}

/// An object URL for the rescue file; never revoked, since the screen's link must keep working.
fn blob_url(text: &str) -> Option<String> {
    let blob: web_sys::Blob = super::download::blob(text.as_bytes(), super::download::JSON).into();
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Static markup of the rescue screen (no user data is interpolated into it).
const RESCUE_HTML: &str = r#"<main class="page rescue" role="alert">
<h1>程序出现错误,已停止运行</h1>
<p>很抱歉,指尖自查遇到了无法继续的错误。<strong>您已保存的数据仍在本浏览器中,没有丢失。</strong></p>
<p>请先点击下面的按钮,把本浏览器中保存的全部自查数据下载到电脑上,然后刷新页面重试。如果问题反复出现,请把下载的文件和下面的错误信息交给技术人员。</p>
<p><a id="rescue-download" class="rescue-button" href="">下载全部已保存数据</a></p>
<details><summary>错误信息(供技术人员参考)</summary><pre id="rescue-detail"></pre></details>
</main>"#;
