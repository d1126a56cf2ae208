//! `localStorage` as core's [`KeyValue`]: the only file that touches browser storage. The rules
//! about stored drafts (conflict guard, quarantine, index repair, origins, export) live in
//! `fingertip_core::store` with native tests; this file only turns browser failures into
//! [`StoreError`] and keeps this tab's [`DraftStore`] (which remembers what the tab last wrote).
//!
//! Why not `gloo-storage`: it stores every value JSON-encoded (our drafts are stored as their
//! saved-file text, so it would change the stored format), and its `raw()`, `length()` and
//! `delete()` call `expect_throw`, which traps the wasm exactly when storage is disabled — the
//! case this app must survive. `web_sys::Storage` returns every failure as a value.
//!
//! Why localStorage and not IndexedDB: it is synchronous (a save completes before the next input),
//! works from `file://` in Chromium, and a 500-asset draft with notes is well under its per-origin
//! quota (see README); quota failures are reported and the work is kept in memory.

use std::cell::RefCell;
use std::collections::HashMap;

use fingertip_core::draft::DraftSummary;
use fingertip_core::import::QuarantinedEntry;
use fingertip_core::model::Assessment;
use fingertip_core::pack::Pack;
pub use fingertip_core::store::{draft_id_of, is_bookkeeping, is_index_key, StoreError};
use fingertip_core::store::{draft_key, DraftStore, KeyValue, Saved, Scan, StoredData};
use wasm_bindgen::JsCast;

use super::{clock, durable, rescue};

/// Browser `localStorage`, looked up on every call (it can disappear, e.g. when cleared by policy).
#[derive(Debug, Default)]
pub struct BrowserStore {
    /// The text last written at each key, as the browser holds it: a save asks whether storage
    /// still holds it (another tab may have saved) by comparing in the browser, and hands the same
    /// string to the durable mirror, instead of copying megabytes between wasm and the page.
    written: HashMap<String, Written>,
}

/// A value this tab wrote: its length and hash (to recognise it), and the browser's string.
#[derive(Debug)]
struct Written {
    len: usize,
    hash: u64,
    text: wasm_bindgen::JsValue,
}

fn digest(value: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(value.as_bytes());
    h.finish()
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `localStorage`, seen through the two calls that take or give a string as a browser value.
    #[wasm_bindgen(extends = js_sys::Object)]
    type TextStorage;
    /// `Storage.setItem` with a string already in the browser.
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_item_value(
        this: &TextStorage,
        key: &str,
        value: &wasm_bindgen::JsValue,
    ) -> Result<(), wasm_bindgen::JsValue>;
    /// `Storage.getItem`, left in the browser.
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item_value(
        this: &TextStorage,
        key: &str,
    ) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
}

impl BrowserStore {
    /// The browser's copy of the text this tab last wrote at `key`.
    fn written(&self, key: &str) -> Option<&wasm_bindgen::JsValue> {
        self.written.get(key).map(|w| &w.text)
    }
}

fn storage() -> Result<web_sys::Storage, StoreError> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(s))) => Ok(s),
        _ => Err(StoreError::Unavailable),
    }
}

fn classify(err: wasm_bindgen::JsValue) -> StoreError {
    let e = match err.dyn_ref::<web_sys::DomException>() {
        Some(e) if is_quota(e) => StoreError::QuotaExceeded,
        Some(e) if e.name() == "SecurityError" => StoreError::Unavailable,
        Some(e) => StoreError::Other {
            detail: format!("{}: {}", e.name(), e.message()),
        },
        None => StoreError::Other {
            detail: format!("{err:?}"),
        },
    };
    note(&e);
    e
}

/// Chromium and Safari say `QuotaExceededError`, old Firefox `NS_ERROR_DOM_QUOTA_REACHED`; code 22 is shared.
fn is_quota(e: &web_sys::DomException) -> bool {
    matches!(
        e.name().as_str(),
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED"
    ) || e.code() == 22
}

impl KeyValue for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        storage()?.get_item(key).map_err(classify)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        let text = wasm_bindgen::JsValue::from_str(value);
        // Whatever happens, the old text may no longer be what storage holds.
        self.written.remove(key);
        storage()?
            .unchecked_ref::<TextStorage>()
            .set_item_value(key, &text)
            .map_err(classify)?;
        let (len, hash) = (value.len(), digest(value));
        self.written
            .insert(key.to_string(), Written { len, hash, text });
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.written.remove(key);
        storage()?.remove_item(key).map_err(classify)
    }

    fn holds(&self, key: &str, value: &str) -> Result<bool, StoreError> {
        match self.written.get(key) {
            Some(w) if w.len == value.len() && w.hash == digest(value) => {
                let stored = storage()?
                    .unchecked_ref::<TextStorage>()
                    .get_item_value(key)
                    .map_err(classify)?;
                // Two strings of the browser compare by content.
                Ok(stored == w.text)
            }
            _ => Ok(self.get(key)?.as_deref() == Some(value)),
        }
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let s = storage()?;
        let n = s.length().map_err(classify)?;
        Ok((0..n).filter_map(|i| s.key(i).ok().flatten()).collect())
    }
}

thread_local! {
    static DRAFTS: RefCell<DraftStore<BrowserStore>> = RefCell::new(DraftStore::new(BrowserStore::default()));
    /// The browser's words for the last storage failure, for the diagnostics page only.
    static LAST_DETAIL: RefCell<String> = const { RefCell::new(String::new()) };
}

fn note(e: &StoreError) {
    LAST_DETAIL.with(|d| *d.borrow_mut() = format!("{e:?}"));
}

/// The last storage failure as the browser reported it (empty when none), for diagnostics.
pub fn last_failure_detail() -> String {
    LAST_DETAIL.with(|d| d.borrow().clone())
}

/// Runs `f` on this tab's draft store; `busy` if it is already in use (never expected: every
/// call below is a leaf, but a nested call must not panic).
fn with<R>(busy: R, f: impl FnOnce(&mut DraftStore<BrowserStore>) -> R) -> R {
    DRAFTS.with(|d| match d.try_borrow_mut() {
        Ok(mut store) => f(&mut store),
        Err(_) => busy,
    })
}

fn busy() -> StoreError {
    StoreError::Other {
        detail: "draft store busy (nested call)".into(),
    }
}

/// Checks that storage can be written at all.
pub fn probe() -> Result<(), StoreError> {
    with(Err(busy()), |s| s.probe())
}

/// The draft list, see [`DraftStore::load_index`].
pub fn load_index() -> Result<Vec<DraftSummary>, StoreError> {
    with(Err(busy()), |s| s.load_index())
}

/// Reads draft `id`; `Ok(None)` when there is no such draft.
pub fn load_draft(id: &str) -> Result<Option<Assessment>, StoreError> {
    with(Err(busy()), |s| s.load_draft(id))
}

/// Whether a draft `id` is stored.
pub fn draft_exists(id: &str) -> bool {
    with(false, |s| s.draft_exists(id))
}

/// See [`DraftStore::changed_elsewhere`].
pub fn changed_elsewhere(id: &str) -> Option<String> {
    with(None, |s| s.changed_elsewhere(id))
}

/// Saves the draft unless another tab saved a version this tab has not seen.
pub fn save_draft(
    pack: &Pack,
    assessment: &Assessment,
    summary: &DraftSummary,
) -> Result<Saved, StoreError> {
    let now = clock::now_iso();
    let result = with(Err(busy()), |s| {
        s.save_draft(pack, assessment, summary, &now)
    });
    mirror_unsaved(pack, assessment, result.is_ok());
    result
}

/// Keeps the on-screen draft for the rescue paths while storage does not hold it; serialised
/// only when a save failed.
fn mirror_unsaved(pack: &Pack, assessment: &Assessment, saved: bool) {
    let text = (!saved).then(|| fingertip_core::save::to_json(pack, assessment));
    rescue::keep_unsaved(&assessment.id, text);
    if saved {
        let id = &assessment.id;
        let key = draft_key(id);
        with((), |s| match s.kv().written(&key) {
            Some(text) => durable::put_value(&key, text),
            None => {
                if let Some(raw) = s.last_text(id) {
                    durable::put(&key, raw);
                }
            }
        });
    }
}

/// Writes the draft whatever storage holds (the user chose to replace it).
pub fn overwrite_draft(
    pack: &Pack,
    assessment: &Assessment,
    summary: &DraftSummary,
) -> Result<Saved, StoreError> {
    let result = with(Err(busy()), |s| {
        s.overwrite_draft(pack, assessment, summary)
    });
    mirror_unsaved(pack, assessment, result.is_ok());
    result
}

/// Deletes draft `id` and its index line.
pub fn delete_draft(id: &str) -> Result<(), StoreError> {
    let result = with(Err(busy()), |s| s.delete_draft(id));
    if result.is_ok() {
        durable::remove(&draft_key(id));
    }
    result
}

/// The start-up scan: quarantine unreadable drafts, repair the list.
pub fn scan(pack: &Pack) -> Result<Scan, StoreError> {
    let now = clock::now_iso();
    with(Err(busy()), |s| s.scan(pack, &now))
}

/// Every stored draft and quarantined entry, for "导出全部数据".
pub fn export_entries() -> Result<StoredData, StoreError> {
    with(Err(busy()), |s| s.export_entries())
}

/// Stores a quarantined entry from a backup, still quarantined.
pub fn keep_quarantined(entry: &QuarantinedEntry) -> Result<(), StoreError> {
    let now = clock::now_iso();
    with(Err(busy()), |s| s.keep_quarantined(entry, &now))
}

/// Which opened file each imported draft came from.
pub fn origins() -> HashMap<String, String> {
    with(HashMap::new(), |s| s.origins())
}

/// Remembers where draft `id` was imported from; failure only means the offer is not made.
pub fn record_origin(id: &str, origin: &str) {
    with((), |s| s.record_origin(id, origin))
}

/// The remembered large-text setting.
pub fn load_large_text() -> bool {
    with(false, |s| s.large_text())
}

/// Remembers the large-text setting; failure only means it is not remembered.
pub fn save_large_text(on: bool) {
    with((), |s| s.set_large_text(on))
}

/// See [`DraftStore::rename_draft`].
pub fn rename_draft(
    pack: &Pack,
    id: &str,
    typed: &str,
) -> Result<Option<DraftSummary>, StoreError> {
    let now = clock::now_iso();
    with(Err(busy()), |s| s.rename_draft(pack, id, typed, &now))
}
