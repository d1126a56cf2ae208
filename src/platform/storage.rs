//! Drafts in localStorage: one key per draft (its saved-file JSON) plus an index of summaries for the
//! start page. The only file (with its `scan` part) that touches browser storage. Failures are
//! returned, never panicked on, and classified so the app can say what happened: storage
//! unavailable, quota full, a corrupt entry (quarantined, never deleted), or a draft that another
//! tab saved since this tab last read it (never silently overwritten).
//!
//! Why localStorage and not IndexedDB: it is synchronous (a save completes before the next input),
//! works from `file://` in Chromium, and needs no extra crate; a 500-asset draft with notes is well
//! under its per-origin quota (see README), and quota failures are reported and kept in memory.

mod scan;

use std::cell::RefCell;
use std::collections::HashMap;

use fingertip_core::draft::DraftSummary;
use fingertip_core::model::Assessment;
use fingertip_core::pack::Pack;
use fingertip_core::save;
use wasm_bindgen::JsCast;

pub use scan::{export_entries, keep_quarantined, scan, Scan, StoredData};

const INDEX_KEY: &str = "fingertip/index";
const DRAFT_PREFIX: &str = "fingertip/draft/";
const QUARANTINE_PREFIX: &str = "fingertip/quarantine/";
const SETTINGS_PREFIX: &str = "fingertip/settings/";
const SETTINGS_KEY: &str = "fingertip/settings/large-text";
const PROBE_KEY: &str = "fingertip/probe";
const ORIGINS_KEY: &str = "fingertip/origins";

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
    /// Another tab saved this draft after this tab last read or wrote it; nothing was written.
    #[error("这份草稿已在另一个窗口或标签页中修改,为免覆盖较新的内容,本页的修改暂未保存。请在页面顶部选择如何处理。")]
    ChangedElsewhere {
        /// The `updated` stamp now in storage.
        updated: String,
    },
    /// Anything else the browser reported.
    #[error("浏览器存储出错:{0}")]
    Other(String),
}

thread_local! {
    /// The `updated` stamp of each draft as this tab last read or wrote it: what the save guard
    /// compares storage with, so a save never replaces a version this tab has not seen.
    static KNOWN: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

fn remember(id: &str, updated: &str) {
    KNOWN.with(|k| k.borrow_mut().insert(id.to_string(), updated.to_string()));
}

fn known(id: &str) -> Option<String> {
    KNOWN.with(|k| k.borrow().get(id).cloned())
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(s))) => Ok(s),
        _ => Err(StorageError::Unavailable),
    }
}

fn classify(err: wasm_bindgen::JsValue) -> StorageError {
    match err.dyn_ref::<web_sys::DomException>() {
        Some(e) if is_quota(e) => StorageError::QuotaExceeded,
        Some(e) if e.name() == "SecurityError" => StorageError::Unavailable,
        Some(e) => StorageError::Other(e.message()),
        None => StorageError::Other(format!("{err:?}")),
    }
}

/// Chromium and Safari say `QuotaExceededError`, old Firefox `NS_ERROR_DOM_QUOTA_REACHED`; code 22 is shared.
fn is_quota(e: &web_sys::DomException) -> bool {
    matches!(
        e.name().as_str(),
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED"
    ) || e.code() == 22
}

fn get(key: &str) -> Result<Option<String>, StorageError> {
    storage()?.get_item(key).map_err(classify)
}

fn set(key: &str, value: &str) -> Result<(), StorageError> {
    storage()?.set_item(key, value).map_err(classify)
}

fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

/// The draft id of a storage key, if it is a draft's key.
pub fn draft_id_of(key: &str) -> Option<&str> {
    key.strip_prefix(DRAFT_PREFIX)
}

/// Whether `key` is the draft list's key.
pub fn is_index_key(key: &str) -> bool {
    key == INDEX_KEY
}

/// Whether `key` is the app's own bookkeeping (index, settings, …) rather than user data: such
/// entries in a rescue file are not restored (they are rebuilt), everything else is.
pub fn is_bookkeeping(key: &str) -> bool {
    [INDEX_KEY, PROBE_KEY, ORIGINS_KEY].contains(&key) || key.starts_with(SETTINGS_PREFIX)
}

/// Checks that storage can be written at all: a tiny test write, removed at once.
pub fn probe() -> Result<(), StorageError> {
    let s = storage()?;
    s.set_item(PROBE_KEY, "1").map_err(classify)?;
    s.remove_item(PROBE_KEY).map_err(classify)
}

/// The draft list; an unreadable index is treated as empty (the drafts themselves are untouched,
/// and [`scan`] rebuilds the missing lines from them).
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
    let Some(json) = get(&draft_key(id))? else {
        return Ok(None);
    };
    let a = save::parse(&json)
        .map(|file| file.into_assessment())
        .map_err(|e| StorageError::Corrupt(id.to_string(), e.to_string()))?;
    remember(id, &a.updated);
    Ok(Some(a))
}

/// Whether a draft `id` is stored.
pub fn draft_exists(id: &str) -> bool {
    matches!(get(&draft_key(id)), Ok(Some(_)))
}

/// The `updated` stamp stored for draft `id` when another tab has saved it since this tab last
/// read or wrote it; `None` when storage holds what this tab knows (or this tab never knew it).
pub fn changed_elsewhere(id: &str) -> Option<String> {
    let base = known(id)?;
    match scan::stamp(get(&draft_key(id)).ok().flatten().as_deref()) {
        scan::Stamp::Readable(updated) if updated != base => Some(updated),
        _ => None,
    }
}

/// Writes the draft and updates its line in the index, unless another tab has saved a version
/// this tab has not seen ([`StorageError::ChangedElsewhere`]: nothing is written). An unreadable
/// stored entry is quarantined before it is replaced.
pub fn save_draft(
    pack: &Pack,
    assessment: &Assessment,
    summary: &DraftSummary,
) -> Result<(), StorageError> {
    // The guard reads the small index (each line carries the draft's `updated` stamp), not the
    // draft itself: parsing a large draft on every keystroke would cost more than the save.
    let index = load_index()?;
    if let Some(stored) = index
        .iter()
        .find(|s| s.id == assessment.id)
        .map(|s| &s.updated)
    {
        if known(&assessment.id).is_some_and(|base| &base != stored)
            && *stored != assessment.updated
        {
            return Err(StorageError::ChangedElsewhere {
                updated: stored.clone(),
            });
        }
    }
    let key = draft_key(&assessment.id);
    if let Some(raw) = get(&key)?.filter(|raw| !scan::looks_whole(raw)) {
        scan::quarantine(&storage()?, &key, &raw)?;
    }
    write_draft(pack, assessment, summary, index)
}

/// Writes the draft whatever storage holds (the user chose to replace it) and updates the index.
pub fn overwrite_draft(
    pack: &Pack,
    assessment: &Assessment,
    summary: &DraftSummary,
) -> Result<(), StorageError> {
    write_draft(pack, assessment, summary, load_index()?)
}

fn write_draft(
    pack: &Pack,
    assessment: &Assessment,
    summary: &DraftSummary,
    mut index: Vec<DraftSummary>,
) -> Result<(), StorageError> {
    set(&draft_key(&assessment.id), &save::to_json(pack, assessment))?;
    remember(&assessment.id, &assessment.updated);
    match index.iter_mut().find(|s| s.id == summary.id) {
        Some(line) => *line = summary.clone(),
        None => index.push(summary.clone()),
    }
    save_index(&index)
}

/// Deletes draft `id` and its index line.
pub fn delete_draft(id: &str) -> Result<(), StorageError> {
    storage()?.remove_item(&draft_key(id)).map_err(classify)?;
    KNOWN.with(|k| k.borrow_mut().remove(id));
    let index: Vec<_> = load_index()?.into_iter().filter(|s| s.id != id).collect();
    save_index(&index)
}

/// Which opened file each imported draft came from: draft id → the file's draft id.
pub fn origins() -> HashMap<String, String> {
    get(ORIGINS_KEY)
        .ok()
        .flatten()
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Remembers that draft `id` was imported from a file whose draft id is `origin`, so opening
/// that file again offers to replace it; failure only means the offer is not made.
pub fn record_origin(id: &str, origin: &str) {
    let mut map = origins();
    map.insert(id.to_string(), origin.to_string());
    if let Ok(json) = serde_json::to_string(&map) {
        let _ = set(ORIGINS_KEY, &json);
    }
}

/// The remembered large-text setting.
pub fn load_large_text() -> bool {
    matches!(get(SETTINGS_KEY), Ok(Some(v)) if v == "1")
}

/// Remembers the large-text setting; failure only means it is not remembered.
pub fn save_large_text(on: bool) {
    let _ = set(SETTINGS_KEY, if on { "1" } else { "0" });
}
