//! Drafts in localStorage: one key per draft (its saved-file JSON) plus an index of summaries for the
//! start page. The only file that touches browser storage. Failures are returned, never panicked on.
//!
//! Why localStorage and not IndexedDB: it is synchronous (a save completes before the next input),
//! works from `file://` in Chromium, and needs no extra crate; a 500-asset draft with notes is well
//! under its per-origin quota (see README), and quota failures are reported and kept in memory.

use fingertip_core::draft::DraftSummary;
use fingertip_core::model::Assessment;
use fingertip_core::pack::Pack;
use fingertip_core::save;
use wasm_bindgen::JsCast;

const INDEX_KEY: &str = "fingertip/index";
const DRAFT_PREFIX: &str = "fingertip/draft/";
const SETTINGS_KEY: &str = "fingertip/settings/large-text";

/// What can go wrong with browser storage, in words for users.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StorageError {
    /// No localStorage (disabled, or a private mode that refuses it).
    #[error(
        "浏览器存储不可用(可能处于无痕模式或已被禁用)。本次填写的内容仍在页面中,请导出文件保存。"
    )]
    Unavailable,
    /// The quota is full.
    #[error("浏览器存储空间已满,最近的修改未能保存。内容仍在页面中,请立即导出文件备份,并删除不需要的草稿。")]
    QuotaExceeded,
    /// A stored draft could not be read.
    #[error("草稿“{0}”已损坏,无法打开:{1}")]
    Corrupt(String, String),
    /// Anything else the browser reported.
    #[error("浏览器存储出错:{0}")]
    Other(String),
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

fn classify(err: wasm_bindgen::JsValue) -> StorageError {
    match err.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" => StorageError::QuotaExceeded,
        Some(e) => StorageError::Other(e.message()),
        None => StorageError::Other(format!("{err:?}")),
    }
}

fn get(key: &str) -> Result<Option<String>, StorageError> {
    storage()?.get_item(key).map_err(classify)
}

fn set(key: &str, value: &str) -> Result<(), StorageError> {
    storage()?.set_item(key, value).map_err(classify)
}

/// The draft list; an unreadable index is treated as empty (the drafts themselves are untouched).
pub fn load_index() -> Result<Vec<DraftSummary>, StorageError> {
    Ok(get(INDEX_KEY)?
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default())
}

fn save_index(list: &[DraftSummary]) -> Result<(), StorageError> {
    let json = serde_json::to_string(list).map_err(|e| StorageError::Other(e.to_string()))?;
    set(INDEX_KEY, &json)
}

/// Reads draft `id`; `Ok(None)` when there is no such draft.
pub fn load_draft(id: &str) -> Result<Option<Assessment>, StorageError> {
    let Some(json) = get(&format!("{DRAFT_PREFIX}{id}"))? else {
        return Ok(None);
    };
    save::parse(&json)
        .map(|file| Some(file.into_assessment()))
        .map_err(|e| StorageError::Corrupt(id.to_string(), e.to_string()))
}

/// Writes the draft and updates its line in the index.
pub fn save_draft(
    pack: &Pack,
    assessment: &Assessment,
    summary: &DraftSummary,
) -> Result<(), StorageError> {
    set(
        &format!("{DRAFT_PREFIX}{}", assessment.id),
        &save::to_json(pack, assessment),
    )?;
    let mut index = load_index()?;
    match index.iter_mut().find(|s| s.id == summary.id) {
        Some(line) => *line = summary.clone(),
        None => index.push(summary.clone()),
    }
    save_index(&index)
}

/// Deletes draft `id` and its index line.
pub fn delete_draft(id: &str) -> Result<(), StorageError> {
    storage()?
        .remove_item(&format!("{DRAFT_PREFIX}{id}"))
        .map_err(classify)?;
    let index: Vec<_> = load_index()?.into_iter().filter(|s| s.id != id).collect();
    save_index(&index)
}

/// The remembered large-text setting.
pub fn load_large_text() -> bool {
    matches!(get(SETTINGS_KEY), Ok(Some(v)) if v == "1")
}

/// Remembers the large-text setting; failure only means it is not remembered.
pub fn save_large_text(on: bool) {
    let _ = set(SETTINGS_KEY, if on { "1" } else { "0" });
}
