//! The save of a draft this tab already holds: the draft is stored compact (the file without
//! indentation, read back as the same assessment), and the check that no other tab saved in
//! between asks the store whether it still holds the last text (`KeyValue::holds`) instead of
//! reading it back; a write by another tab is still caught.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use std::cell::Cell;

use fingertip_core::draft::summarize;
use fingertip_core::engine::evaluate;
use fingertip_core::model::Assessment;
use fingertip_core::pack::embedded;
use fingertip_core::save::{parse, to_json};
use fingertip_core::store::{draft_key, DraftStore, KeyValue, MemoryStore, Saved, StoreError};

/// A memory store that counts full reads and answers `holds` itself, as the browser's does.
#[derive(Default)]
struct Counting {
    inner: MemoryStore,
    reads: Cell<usize>,
}

impl KeyValue for Counting {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.reads.set(self.reads.get() + 1);
        self.inner.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.inner.set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.inner.keys()
    }
    fn holds(&self, key: &str, value: &str) -> Result<bool, StoreError> {
        Ok(self.inner.get(key)?.as_deref() == Some(value))
    }
}

fn draft(name: &str) -> Assessment {
    let mut a = Assessment {
        id: "d1".into(),
        created: "2026-11-01T08:00:00.000Z".into(),
        updated: "2026-11-01T08:00:01.000Z".into(),
        ..Assessment::default()
    };
    a.profile.name = name.into();
    a
}

#[test]
fn a_second_save_reads_nothing_back_and_the_draft_is_stored_compact() {
    let pack = embedded().unwrap();
    let mut store = DraftStore::new(Counting::default());
    let save = |store: &mut DraftStore<Counting>, a: &Assessment| {
        store.save_draft(
            pack,
            a,
            &summarize(a, &evaluate(pack, a)),
            "2026-11-01T09:00:00.000Z",
        )
    };
    assert_eq!(save(&mut store, &draft("第一版")), Ok(Saved::Complete));
    let draft_reads = |store: &DraftStore<Counting>| store.kv().reads.get();
    let before = draft_reads(&store);
    let second = draft("第二版");
    assert_eq!(save(&mut store, &second), Ok(Saved::Complete));
    // The index line is read to update it; the draft itself is not.
    assert_eq!(draft_reads(&store) - before, 1);

    let stored = store.kv().inner.get(&draft_key("d1")).unwrap().unwrap();
    assert!(!stored.contains('\n'), "stored without indentation");
    assert!(stored.len() < to_json(pack, &second).len());
    assert_eq!(parse(&stored).unwrap().into_assessment(), second);
}

#[test]
fn a_save_by_another_tab_is_still_caught() {
    let pack = embedded().unwrap();
    let mut store = DraftStore::new(MemoryStore::new());
    let a = draft("本标签页");
    let summary = summarize(&a, &evaluate(pack, &a));
    store.save_draft(pack, &a, &summary, "t").unwrap();
    // Another tab writes its own version of d1.
    let mut other = draft("另一个标签页");
    other.updated = "2026-11-01T08:30:00.000Z".into();
    let theirs = fingertip_core::save::to_stored_json(pack, &other);
    store.kv_mut().set(&draft_key("d1"), &theirs).unwrap();
    assert_eq!(
        store.save_draft(pack, &a, &summary, "t"),
        Err(StoreError::ChangedElsewhere {
            updated: "2026-11-01T08:30:00.000Z".into()
        })
    );
    assert_eq!(store.kv().get(&draft_key("d1")).unwrap(), Some(theirs));
}
