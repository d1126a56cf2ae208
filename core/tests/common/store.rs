//! An in-memory draft store holding the given drafts, each saved once as the app saves it.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use fingertip_core::draft::summarize;
use fingertip_core::engine::evaluate;
use fingertip_core::model::Assessment;
use fingertip_core::pack::Pack;
use fingertip_core::store::{DraftStore, MemoryStore, Saved};

/// A store with every draft of `drafts` saved against `pack` at time `now`.
pub fn store_with(pack: &Pack, drafts: &[Assessment], now: &str) -> DraftStore<MemoryStore> {
    let mut store = DraftStore::new(MemoryStore::new());
    for a in drafts {
        let s = summarize(a, &evaluate(pack, a));
        assert_eq!(store.save_draft(pack, a, &s, now), Ok(Saved::Complete));
    }
    store
}
