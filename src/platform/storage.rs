//! This tab's [`DraftStore`] over `localStorage` (the adapter is `local_storage::BrowserStore`):
//! the calls the app makes on stored drafts, settings and origins. The rules about stored drafts
//! (conflict guard, quarantine, index repair, origins, export) live in `fingertip_core::store`
//! with native tests; the store remembers what the tab last wrote.
//!
//! Why localStorage and not IndexedDB: it is synchronous (a save completes before the next input),
//! works from `file://` in Chromium, and a 500-asset draft with notes is well under its per-origin
//! quota (see README); quota failures are reported and the work is kept in memory.

use std::cell::RefCell;
use std::collections::HashMap;

pub use super::local_storage::last_failure_detail;
use super::local_storage::BrowserStore;
use super::{clock, durable, rescue};
use fingertip_core::draft::DraftSummary;
use fingertip_core::import::QuarantinedEntry;
use fingertip_core::model::Assessment;
use fingertip_core::pack::Pack;
pub use fingertip_core::store::{draft_id_of, is_bookkeeping, is_index_key, StoreError};
use fingertip_core::store::{draft_key, DraftStore, Saved, Scan, StoredData, LARGE};

thread_local! {
    /// This tab's draft store.
    static DRAFTS: RefCell<DraftStore<BrowserStore>> = RefCell::new(DraftStore::storing_parts_over(BrowserStore::default(), LARGE));
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
