//! A large draft stored in parts (issue #20): the key holds a manifest, a save writes only the
//! parts that changed and removes those no version uses, every reader (load, scan, export, a
//! rescue file) gets the draft's text, and no failure leaves the key naming anything but a
//! whole draft. The app writes drafts over `store::LARGE` characters in parts (see
//! `DraftStore::storing_parts_over`).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::builder::Unit;
use fingertip_core::draft::summarize;
use fingertip_core::engine::evaluate;
use fingertip_core::import::{backup_json, inspect_backup, QuarantinedEntry};
use fingertip_core::model::{Answer, AnswerValue, Assessment, GroupKind, UnitLevel};
use fingertip_core::pack::{embedded, Pack};
use fingertip_core::save::to_stored_json;
use fingertip_core::store::{
    draft_key, DraftStore, KeyValue, MemoryStore, Saved, StoreError, LARGE,
};
use proptest::prelude::*;

const NOW: &str = "2026-12-03T10:00:00.000Z";
const PARTS: &str = "fingertip/part/";

fn pack() -> &'static Pack {
    embedded().expect("embedded pack")
}

/// A unit of `n` apps and `n` groups, every item answered: over [`LARGE`] from n = 50.
fn unit(id: &str, n: usize) -> Assessment {
    let mut u = Unit::new(pack())
        .unit("分片测试县", UnitLevel::County)
        .date("2026-12-01");
    for i in 1..=n {
        u = u.app(&format!("app-{i}"), &format!("应用{i}"));
    }
    for i in 1..=n {
        u = u.group(
            &format!("grp-{i}"),
            &format!("工作群{i}"),
            GroupKind::Standing,
            false,
        );
    }
    let mut a = u.build();
    a.id = id.into();
    a.updated = "2026-12-03T09:00:00.000Z".into();
    a
}

fn save(store: &mut DraftStore<MemoryStore>, a: &Assessment) -> Result<Saved, StoreError> {
    store.save_draft(pack(), a, &summarize(a, &evaluate(pack(), a)), NOW)
}

fn part_keys(kv: &MemoryStore) -> Vec<String> {
    kv.entries()
        .keys()
        .filter(|k| k.starts_with(PARTS))
        .cloned()
        .collect()
}

/// What a fresh tab reads for draft `id`, as the stored text.
fn reloaded(kv: &MemoryStore, id: &str) -> String {
    let mut fresh = DraftStore::new(kv.clone());
    let a = fresh.load_draft(id).unwrap().expect("the draft is there");
    to_stored_json(pack(), &a)
}

/// Answers `n` with a note, as a user's edit does (and moves the stamp on).
fn edit(a: &mut Assessment, n: usize) {
    let key = a
        .answers
        .keys()
        .nth(n % a.answers.len())
        .map(|(i, s)| (i.clone(), s.clone()));
    let (item, asset) = key.expect("answers");
    a.answers.insert(
        (item, asset),
        Answer {
            value: Some(AnswerValue::Choice("yes".into())),
            note: format!("第{n}次修改"),
            ..Answer::default()
        },
    );
    a.updated = format!("2026-12-03T09:{:02}:{:02}.000Z", n / 60 % 60, n % 60);
}

#[test]
fn a_large_draft_is_stored_as_a_manifest_and_parts_and_reads_back_whole() {
    let a = unit("big", 60);
    assert!(to_stored_json(pack(), &a).len() > LARGE);
    let mut store = DraftStore::storing_parts_over(MemoryStore::new(), LARGE);
    assert_eq!(save(&mut store, &a), Ok(Saved::Complete));
    let manifest = store.kv().get(&draft_key("big")).unwrap().unwrap();
    assert!(
        manifest.starts_with("{\"fingertip_parts\":1"),
        "{}",
        &manifest[..80]
    );
    assert!(
        manifest.len() < 20_000,
        "the manifest is small: {}",
        manifest.len()
    );
    assert!(part_keys(store.kv()).len() > 10);
    assert_eq!(reloaded(store.kv(), "big"), to_stored_json(pack(), &a));
    // The list line and the stamp read from the manifest.
    assert_eq!(store.changed_elsewhere("big"), None);
}

/// Saves `a` into `store` and checks the key holds its whole text and no part exists.
fn assert_saved_whole(mut store: DraftStore<MemoryStore>, a: &Assessment) {
    assert_eq!(save(&mut store, a), Ok(Saved::Complete));
    assert_eq!(
        store.kv().get(&draft_key(&a.id)).unwrap(),
        Some(to_stored_json(pack(), a))
    );
    assert!(part_keys(store.kv()).is_empty());
}

#[test]
fn a_store_not_told_to_write_parts_writes_a_large_draft_whole() {
    assert_saved_whole(DraftStore::new(MemoryStore::new()), &unit("big", 60));
}

#[test]
fn a_small_draft_stays_one_text() {
    let store = DraftStore::storing_parts_over(MemoryStore::new(), LARGE);
    assert_saved_whole(store, &unit("small", 2));
}

#[test]
fn an_answer_writes_few_parts_and_the_unused_ones_are_removed() {
    let mut a = unit("big", 60);
    let mut store = DraftStore::storing_parts_over(MemoryStore::new(), LARGE);
    save(&mut store, &a).unwrap();
    let before = part_keys(store.kv());
    edit(&mut a, 7);
    save(&mut store, &a).unwrap();
    let after = part_keys(store.kv());
    let new: Vec<_> = after.iter().filter(|k| !before.contains(k)).collect();
    // The file's start (its stamp) and the answered item's part.
    assert!(!new.is_empty() && new.len() <= 2, "{new:?}");
    assert_eq!(
        after.len(),
        before.len(),
        "as many parts as before: the replaced ones are gone"
    );
    let bytes: usize = new
        .iter()
        .map(|k| store.kv().get(k).unwrap().unwrap().len())
        .sum();
    assert!(bytes * 10 < LARGE, "a save wrote {bytes} bytes of parts");
    assert_eq!(reloaded(store.kv(), "big"), to_stored_json(pack(), &a));
}

#[test]
fn another_tab_that_saved_is_noticed_through_the_manifest() {
    let a = unit("big", 60);
    let mut mine = DraftStore::storing_parts_over(MemoryStore::new(), LARGE);
    save(&mut mine, &a).unwrap();
    let mut theirs = DraftStore::storing_parts_over(mine.kv().clone(), LARGE);
    let mut b = theirs.load_draft("big").unwrap().unwrap();
    edit(&mut b, 3);
    save(&mut theirs, &b).unwrap();
    // Both tabs share one storage: hand this tab what the other wrote.
    *mine.kv_mut() = theirs.kv().clone();
    assert_eq!(mine.changed_elsewhere("big"), Some(b.updated.clone()));
    let mut c = a.clone();
    edit(&mut c, 9);
    assert_eq!(
        save(&mut mine, &c),
        Err(StoreError::ChangedElsewhere {
            updated: b.updated.clone()
        })
    );
    assert_eq!(
        reloaded(mine.kv(), "big"),
        to_stored_json(pack(), &b),
        "nothing was written"
    );
    // Replacing it on purpose leaves no part of the other version behind.
    let s = summarize(&c, &evaluate(pack(), &c));
    mine.overwrite_draft(pack(), &c, &s).unwrap();
    assert_eq!(reloaded(mine.kv(), "big"), to_stored_json(pack(), &c));
    let manifest = mine.kv().get(&draft_key("big")).unwrap().unwrap();
    assert!(part_keys(mine.kv())
        .iter()
        .all(|k| manifest.contains(k.as_str())));
}

#[test]
fn a_failed_part_or_manifest_write_keeps_the_stored_version_and_leaves_nothing_behind() {
    let mut a = unit("big", 60);
    let mut store = DraftStore::storing_parts_over(MemoryStore::new(), LARGE);
    save(&mut store, &a).unwrap();
    let stored = store.kv().entries().clone();
    edit(&mut a, 11);
    store
        .kv_mut()
        .fail_writes(PARTS, StoreError::QuotaExceeded, 1);
    assert_eq!(save(&mut store, &a), Err(StoreError::QuotaExceeded));
    assert_eq!(store.kv().entries(), &stored);
    store
        .kv_mut()
        .fail_writes("fingertip/draft/", StoreError::QuotaExceeded, 1);
    assert_eq!(save(&mut store, &a), Err(StoreError::QuotaExceeded));
    assert_eq!(
        store.kv().entries(),
        &stored,
        "the parts written for it are removed again"
    );
    store.kv_mut().heal();
    assert_eq!(save(&mut store, &a), Ok(Saved::Complete));
    assert_eq!(reloaded(store.kv(), "big"), to_stored_json(pack(), &a));
}

#[test]
fn a_large_draft_stored_whole_becomes_parts_or_stays_whole_when_both_do_not_fit() {
    let mut a = unit("big", 60);
    let whole = to_stored_json(pack(), &a);
    let mut kv = MemoryStore::new();
    kv.put(&draft_key("big"), &whole);
    // Room for the text twice over: it is converted, and the whole text is gone.
    let mut store = DraftStore::storing_parts_over(kv.clone(), LARGE);
    store.load_draft("big").unwrap();
    edit(&mut a, 1);
    assert_eq!(save(&mut store, &a), Ok(Saved::Complete));
    assert!(!part_keys(store.kv()).is_empty());
    assert_eq!(reloaded(store.kv(), "big"), to_stored_json(pack(), &a));
    // Room for the text once: it stays one text, written in place.
    let mut tight = kv.clone();
    tight.set_quota(Some(whole.len() * 3 / 2));
    let mut store = DraftStore::storing_parts_over(tight, LARGE);
    store.load_draft("big").unwrap();
    assert_eq!(save(&mut store, &a), Ok(Saved::Complete));
    assert!(part_keys(store.kv()).is_empty());
    assert_eq!(
        store.kv().get(&draft_key("big")).unwrap(),
        Some(to_stored_json(pack(), &a))
    );
}

#[test]
fn scan_export_and_a_rescue_file_read_the_draft_whole() {
    let a = unit("big", 60);
    let mut store = DraftStore::storing_parts_over(MemoryStore::new(), LARGE);
    save(&mut store, &a).unwrap();
    let scan = store.scan(pack(), NOW).unwrap();
    assert_eq!((scan.drafts.len(), scan.moved), (1, 0));
    let data = store.export_entries().unwrap();
    assert_eq!(data.drafts.len(), 1);
    assert!(
        data.quarantined.is_empty(),
        "parts are not entries of their own"
    );
    assert_eq!(data.drafts[0].assessment.answers.len(), a.answers.len());
    // The panic rescue writes every key raw; restoring it gives the draft.
    let raw: Vec<QuarantinedEntry> = store
        .kv()
        .entries()
        .iter()
        .map(|(key, raw)| QuarantinedEntry {
            key: key.clone(),
            raw: raw.clone(),
        })
        .collect();
    let backup = backup_json(NOW, &[], &raw);
    let preview = inspect_backup(backup.as_bytes(), pack()).unwrap();
    let drafts: Vec<_> = preview
        .quarantined
        .iter()
        .filter(|q| q.result.is_ok())
        .collect();
    assert_eq!(drafts.len(), 1);
    assert_eq!(drafts[0].entry.raw, to_stored_json(pack(), &a));
    assert!(preview
        .quarantined
        .iter()
        .all(|q| !q.entry.key.starts_with(PARTS)));
}

#[test]
fn a_draft_missing_a_part_is_quarantined_not_read_as_something_else() {
    let a = unit("big", 60);
    let mut store = DraftStore::storing_parts_over(MemoryStore::new(), LARGE);
    save(&mut store, &a).unwrap();
    let lost = part_keys(store.kv())[0].clone();
    store.kv_mut().remove(&lost).unwrap();
    let mut fresh = DraftStore::new(store.kv().clone());
    assert!(matches!(
        fresh.load_draft("big"),
        Err(StoreError::Corrupt { .. })
    ));
    let scan = fresh.scan(pack(), NOW).unwrap();
    assert_eq!((scan.drafts.len(), scan.moved, scan.quarantined), (0, 1, 1));
}

#[test]
fn deleting_a_draft_removes_its_parts_and_no_other_drafts() {
    let mut store = DraftStore::storing_parts_over(MemoryStore::new(), LARGE);
    save(&mut store, &unit("big", 60)).unwrap();
    save(&mut store, &unit("big2", 60)).unwrap();
    let others = part_keys(store.kv())
        .iter()
        .filter(|k| k.starts_with("fingertip/part/big2/"))
        .count();
    store.delete_draft("big").unwrap();
    assert_eq!(part_keys(store.kv()).len(), others);
    assert!(others > 0);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// Through any sequence of answers, saves and reloads, a fresh tab reads exactly what was
    /// saved last, and storage holds only the parts the manifest lists.
    #[test]
    fn edits_saves_and_reloads_keep_storage_exact(steps in proptest::collection::vec((0usize..5000, any::<bool>()), 1..8)) {
        let mut a = unit("big", 55);
        let mut store = DraftStore::storing_parts_over(MemoryStore::new(), LARGE);
        save(&mut store, &a).unwrap();
        for (n, reload) in steps {
            edit(&mut a, n);
            if reload {
                let kv = store.into_kv();
                store = DraftStore::storing_parts_over(kv, LARGE);
                a = store.load_draft("big").unwrap().unwrap();
                edit(&mut a, n + 1);
            }
            prop_assert_eq!(save(&mut store, &a), Ok(Saved::Complete));
            prop_assert_eq!(reloaded(store.kv(), "big"), to_stored_json(pack(), &a));
            let manifest = store.kv().get(&draft_key("big")).unwrap().unwrap();
            let parts = part_keys(store.kv());
            prop_assert!(parts.iter().all(|k| manifest.contains(k.as_str())));
        }
    }
}
