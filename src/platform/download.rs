//! Downloads: the only file that turns bytes into a file the user saves (Blob + object URL + <a download>).

use gloo_file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;

/// MIME type of the JSON save file.
pub const JSON: &str = "application/json;charset=utf-8";
/// MIME type of CSV.
pub const CSV: &str = "text/csv;charset=utf-8";
/// MIME type of XLSX.
pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/// MIME type of DOCX.
pub const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// Why a download could not be offered.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DownloadError {
    /// No document or body to put the download link in.
    #[error("无法生成下载文件(页面不可用)。请换用较新的浏览器,或稍后重试。")]
    NoPage,
    /// The link element could not be created.
    #[error("无法生成下载文件(链接)。请换用较新的浏览器,或稍后重试。")]
    NoLink,
}

/// Offers `bytes` as a download named `file_name`.
pub fn download(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), DownloadError> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(DownloadError::NoPage)?;
    let body = document.body().ok_or(DownloadError::NoPage)?;
    let anchor = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or(DownloadError::NoLink)?;
    // Revoked when it drops at the end of this function, after the click has started the download.
    let url = ObjectUrl::from(blob(bytes, mime));
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    let _ = body.append_child(&anchor);
    anchor.click();
    let _ = body.remove_child(&anchor);
    Ok(())
}

/// `bytes` as a Blob of type `mime`.
pub fn blob(bytes: &[u8], mime: &str) -> Blob {
    Blob::new_with_options(bytes, Some(mime))
}
