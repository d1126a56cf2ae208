//! Downloads: the only file that turns bytes into a file the user saves (Blob + object URL + <a download>).

use wasm_bindgen::JsCast;

/// MIME type of the JSON save file.
pub const JSON: &str = "application/json;charset=utf-8";
/// MIME type of CSV.
pub const CSV: &str = "text/csv;charset=utf-8";
/// MIME type of XLSX.
pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/// MIME type of DOCX.
pub const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// Offers `bytes` as a download named `file_name`; returns a Chinese message on failure.
pub fn download(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let fail = |what: &str| format!("无法生成下载文件({what})。请换用较新的浏览器,或稍后重试。");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("页面不可用"))?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| fail("Blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("URL"))?;
    let anchor = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or_else(|| fail("链接"))?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    let body = document.body().ok_or_else(|| fail("页面不可用"))?;
    let _ = body.append_child(&anchor);
    anchor.click();
    let _ = body.remove_child(&anchor);
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
