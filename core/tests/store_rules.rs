//! The storage rules apart from the write matrix, against the in-memory store: quarantine of
//! unreadable drafts (copied and verified before removal, never deleted), index repair,
//! import origins, the entries of "导出全部数据" and restoring quarantined entries.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use fingertip_core::draft::summarize;
use fingertip_core::engine::evaluate;
use fingertip_core::import::QuarantinedEntry;
use fingertip_core::model::Assessment;
use fingertip_core::pack::{embedded, Pack};
use fingertip_core::store::{
    draft_key, is_bookkeeping, DraftStore, MemoryStore, Saved, StoreError, INDEX_KEY,
};

const NOW: &str = "2026-11-02T10:00:00.000Z";
const GARBAGE: &str = "{\"format_version\": 1, \"assessment\": {\"id\": \"x\", 这里坏了";

fn pack() -> &'static Pack {
    embedded().expect("embedded pack")
}

fn draft(id: &str, name: &str) -> Assessment {
    let mut a = Assessment {
        id: id.into(),
        created: "2026-11-01T08:00:00.000Z".into(),
        updated: "2026-11-01T08:00:01.000Z".into(),
        ..Assessment::default()
    };
    a.profile.name = name.into();
    a
}

fn store_with(drafts: &[Assessment]) -> DraftStore<MemoryStore> {
    common::store::store_with(pack(), drafts, NOW)
}

#[test]
fn the_scan_quarantines_an_unreadable_draft_verbatim_and_drops_its_line() {
    let mut store = store_with(&[draft("a", "甲单位")]);
    store.kv_mut().put(&draft_key("x"), GARBAGE);
    let scan = store.scan(pack(), NOW).expect("scan");
    assert_eq!((scan.moved, scan.stuck, scan.quarantined), (1, 0, 1));
    assert_eq!(
        scan.drafts
            .iter()
            .map(|d| d.id.as_str())
            .collect::<Vec<_>>(),
        ["a"]
    );
    let kv = store.kv().entries();
    assert!(!kv.contains_key(&draft_key("x")));
    let key = format!("fingertip/quarantine/fingertip/draft/x-{NOW}");
    assert_eq!(kv.get(&key).map(String::as_str), Some(GARBAGE));
    // A second scan finds the same quarantine and changes nothing.
    let before = store.kv().entries().clone();
    let again = store
        .scan(pack(), "2026-11-02T11:00:00.000Z")
        .expect("scan");
    assert_eq!((again.moved, again.quarantined), (0, 1));
    assert_eq!(store.kv().entries(), &before);
}

#[test]
fn a_draft_that_cannot_be_copied_to_quarantine_stays_where_it_is() {
    let mut store = store_with(&[]);
    store.kv_mut().put(&draft_key("x"), GARBAGE);
    store
        .kv_mut()
        .fail_writes("fingertip/quarantine/", StoreError::QuotaExceeded, 1);
    let scan = store.scan(pack(), NOW).expect("scan");
    assert_eq!((scan.moved, scan.stuck, scan.quarantined), (0, 1, 0));
    assert_eq!(
        store
            .kv()
            .entries()
            .get(&draft_key("x"))
            .map(String::as_str),
        Some(GARBAGE)
    );
}

#[test]
fn the_scan_repairs_missing_stale_and_orphan_index_lines() {
    let mut store = store_with(&[draft("a", "甲单位"), draft("b", "乙单位")]);
    let mut index = store.load_index().expect("index");
    index.retain(|d| d.id != "b");
    index[0].unit = "旧名称".into();
    index[0].updated = "2020-01-01T00:00:00.000Z".into();
    let mut orphan = index[0].clone();
    orphan.id = "gone".into();
    index.push(orphan);
    store
        .kv_mut()
        .put(INDEX_KEY, &serde_json::to_string(&index).expect("json"));
    let scan = store.scan(pack(), NOW).expect("scan");
    let mut units: Vec<_> = scan
        .drafts
        .iter()
        .map(|d| (d.id.as_str(), d.unit.as_str()))
        .collect();
    units.sort();
    assert_eq!(units, [("a", "甲单位"), ("b", "乙单位")]);
    assert_eq!(
        store.load_index().expect("index"),
        scan.drafts,
        "the repair is written"
    );
}

#[test]
fn an_unreadable_index_reads_as_empty_and_is_rebuilt() {
    let mut store = store_with(&[draft("a", "甲单位")]);
    store.kv_mut().put(INDEX_KEY, "[{not json");
    assert_eq!(store.load_index(), Ok(vec![]));
    let scan = store.scan(pack(), NOW).expect("scan");
    assert_eq!(scan.drafts.len(), 1);
}

#[test]
fn saving_over_an_unreadable_entry_quarantines_it_first() {
    let mut store = store_with(&[]);
    store.kv_mut().put(&draft_key("a"), "trunc");
    let a = draft("a", "甲单位");
    let s = summarize(&a, &evaluate(pack(), &a));
    assert_eq!(store.save_draft(pack(), &a, &s, NOW), Ok(Saved::Complete));
    let kept: Vec<_> = store
        .kv()
        .entries()
        .iter()
        .filter(|(k, _)| k.starts_with("fingertip/quarantine/"))
        .map(|(_, v)| v.as_str())
        .collect();
    assert_eq!(kept, ["trunc"]);
}

#[test]
fn origins_are_remembered_and_a_failed_write_only_forgets() {
    let mut store = store_with(&[]);
    store.record_origin("new-1", "file-7");
    assert_eq!(
        store.origins().get("new-1").map(String::as_str),
        Some("file-7")
    );
    store
        .kv_mut()
        .fail_writes("fingertip/origins", StoreError::QuotaExceeded, 1);
    store.record_origin("new-2", "file-8");
    assert_eq!(store.origins().len(), 1);
    assert!(is_bookkeeping("fingertip/origins") && is_bookkeeping(INDEX_KEY));
    assert!(!is_bookkeeping(&draft_key("a")));
}

#[test]
fn export_holds_every_draft_and_every_unreadable_or_quarantined_entry_raw() {
    let mut store = store_with(&[draft("a", "甲单位")]);
    store.kv_mut().put(&draft_key("x"), GARBAGE);
    store.kv_mut().put("fingertip/quarantine/old", "老内容");
    store.kv_mut().put("other-app/key", "不是本应用的");
    let data = store.export_entries().expect("export");
    assert_eq!(data.drafts.len(), 1);
    assert_eq!(data.drafts[0].assessment.profile.name, "甲单位");
    let raw: Vec<_> = data
        .quarantined
        .iter()
        .map(|q| (q.key.as_str(), q.raw.as_str()))
        .collect();
    assert_eq!(
        raw,
        [
            ("fingertip/draft/x", GARBAGE),
            ("fingertip/quarantine/old", "老内容")
        ]
    );
}

#[test]
fn restored_quarantine_entries_keep_their_key_are_not_duplicated_and_never_overwrite() {
    let mut store = store_with(&[]);
    let own = QuarantinedEntry {
        key: "fingertip/quarantine/q1".into(),
        raw: "一".into(),
    };
    store.keep_quarantined(&own, NOW).expect("kept");
    store.keep_quarantined(&own, NOW).expect("kept again");
    let other = QuarantinedEntry {
        key: "fingertip/quarantine/q1".into(),
        raw: "二".into(),
    };
    store.keep_quarantined(&other, NOW).expect("kept beside");
    let loose = QuarantinedEntry {
        key: String::new(),
        raw: "三".into(),
    };
    store
        .keep_quarantined(&loose, NOW)
        .expect("kept under a new key");
    let kv = store.kv().entries();
    assert_eq!(
        kv.get("fingertip/quarantine/q1").map(String::as_str),
        Some("一")
    );
    assert_eq!(
        kv.get("fingertip/quarantine/q1-2").map(String::as_str),
        Some("二")
    );
    let backup_key = format!("fingertip/quarantine/backup-{NOW}");
    assert_eq!(kv.get(&backup_key).map(String::as_str), Some("三"));
    assert_eq!(kv.len(), 3);
}

#[test]
fn delete_removes_the_draft_and_its_line_and_forgets_it() {
    let mut store = store_with(&[draft("a", "甲单位"), draft("b", "乙单位")]);
    store.delete_draft("a").expect("deleted");
    assert!(!store.draft_exists("a"));
    assert_eq!(store.load_index().expect("index").len(), 1);
    assert_eq!(store.changed_elsewhere("a"), None);
}

#[test]
fn storage_errors_are_chinese_with_what_to_do_and_keep_browser_detail_off_screen() {
    let e = StoreError::Other {
        detail: "Error: x at Storage.setItem (app.js:1)".into(),
    };
    let shown = e.to_string();
    assert!(
        !shown.contains("Storage.setItem") && !shown.contains("Error:"),
        "{shown}"
    );
    assert!(shown.contains("导出全部数据"), "{shown}");
    assert_eq!(e.detail(), "Error: x at Storage.setItem (app.js:1)");
    for e in [StoreError::Unavailable, StoreError::QuotaExceeded] {
        assert!(e.to_string().contains("导出全部数据"), "{e}");
    }
}

#[test]
fn large_text_setting_round_trips_and_defaults_off() {
    let mut store = store_with(&[]);
    assert!(!store.large_text());
    store.set_large_text(true);
    assert!(store.large_text());
}

#[test]
fn a_draft_from_a_newer_format_is_kept_where_it_is_listed_and_explained() {
    let mut store = store_with(&[draft("a", "甲单位")]);
    let newer = r#"{"format_version": 99, "pack_id": "fingertip-2023", "pack_version": "9.0.0",
        "assessment": {"id": "n", "updated": "2027-03-01T08:00:00Z", "profile": {"name": "新版本单位", "purpose": "filing"}, "future_field": [1]}}"#;
    store.kv_mut().put(&draft_key("n"), newer);
    let scan = store.scan(pack(), NOW).expect("scan");
    assert_eq!((scan.moved, scan.quarantined), (0, 0), "not quarantined");
    assert_eq!(
        store
            .kv()
            .entries()
            .get(&draft_key("n"))
            .map(String::as_str),
        Some(newer),
        "untouched"
    );
    let line = scan.drafts.iter().find(|d| d.id == "n").expect("listed");
    assert_eq!(line.newer_format, Some(99));
    assert_eq!(line.unit, "新版本单位");
    assert_eq!(line.updated, "2027-03-01T08:00:00Z");
    assert_eq!(
        store.load_draft("n"),
        Err(StoreError::NewerFormat {
            id: "n".into(),
            found: 99
        })
    );
    assert!(StoreError::NewerFormat {
        id: "n".into(),
        found: 99
    }
    .to_string()
    .contains("更新版本"));
    let again = store.scan(pack(), NOW).expect("scan");
    assert_eq!(again.drafts, scan.drafts, "stable across reloads");
    let exported = store.export_entries().expect("export");
    assert!(
        exported.quarantined.iter().any(|q| q.raw == newer),
        "exported raw"
    );
}
