//! Storage rules for drafts, independent of the browser: a small key-value trait ([`KeyValue`]),
//! an in-memory implementation with injectable failures for tests ([`MemoryStore`]), and on top
//! of it the rules about stored data — the cross-tab conflict guard, writes that cannot leave the
//! draft and its list line silently out of step, quarantine of unreadable entries, index repair,
//! import origins and the raw entries of "导出全部数据". `src/platform/storage.rs` only adapts
//! `localStorage` to [`KeyValue`].

mod drafts;
mod error;
mod keys;
mod memory;
mod parts;
mod scan;
mod settings;

pub use drafts::{DraftStore, Saved};
pub use error::StoreError;
pub use keys::{draft_id_of, draft_key, is_bookkeeping, is_index_key, APP_PREFIX, INDEX_KEY};
pub use memory::MemoryStore;
pub use parts::{join_entries, LARGE};
pub use scan::{Scan, StoredData};

/// A string key-value store with the semantics of `localStorage`: every call may fail, a `set`
/// either stores the whole value or nothing.
pub trait KeyValue {
    /// The value at `key`, `None` when there is none.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Stores `value` at `key`, replacing what was there.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes `key` (no error when it is absent).
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every key, in no particular order.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
    /// Whether `key` holds exactly `value`. An adapter may answer without copying the stored
    /// value out (the browser's compares it with the text it last wrote, where it stays).
    fn holds(&self, key: &str, value: &str) -> Result<bool, StoreError> {
        Ok(self.get(key)?.as_deref() == Some(value))
    }
}
