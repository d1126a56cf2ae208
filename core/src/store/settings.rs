//! Small bookkeeping next to the drafts: the storage probe, import origins and the large-text
//! setting. Failures here only mean something is not remembered.

use std::collections::HashMap;

use super::keys::{LARGE_TEXT_KEY, ORIGINS_KEY, PROBE_KEY};
use super::{DraftStore, KeyValue, StoreError};

impl<S: KeyValue> DraftStore<S> {
    /// Checks that storage can be written at all: a tiny test write, removed at once.
    pub fn probe(&mut self) -> Result<(), StoreError> {
        self.kv.set(PROBE_KEY, "1")?;
        self.kv.remove(PROBE_KEY)
    }

    /// Which opened file each imported draft came from: draft id → the file's draft id.
    pub fn origins(&self) -> HashMap<String, String> {
        self.kv
            .get(ORIGINS_KEY)
            .ok()
            .flatten()
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default()
    }

    /// Remembers that draft `id` was imported from a file whose draft id is `origin`, so opening
    /// that file again offers to replace it; failure only means the offer is not made.
    pub fn record_origin(&mut self, id: &str, origin: &str) {
        let mut map = self.origins();
        map.insert(id.to_string(), origin.to_string());
        if let Ok(json) = serde_json::to_string(&map) {
            let _ = self.kv.set(ORIGINS_KEY, &json);
        }
    }

    /// The remembered large-text setting.
    pub fn large_text(&self) -> bool {
        matches!(self.kv.get(LARGE_TEXT_KEY), Ok(Some(v)) if v == "1")
    }

    /// Remembers the large-text setting; failure only means it is not remembered.
    pub fn set_large_text(&mut self, on: bool) {
        let _ = self.kv.set(LARGE_TEXT_KEY, if on { "1" } else { "0" });
    }
}
