//! Whole-browser backups: written by `backup_json`, recognised by `inspect`, restored draft by
//! draft by `inspect_backup`, with quarantined entries kept verbatim.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use fingertip_core::import::{
    backup_json, inspect, inspect_backup, Backup, ImportError, QuarantinedEntry, BACKUP_KIND,
};
use fingertip_core::pack::{embedded, Pack};
use fingertip_core::save::{parse, SavedFile, FORMAT_VERSION};

const FIXTURE: &str = include_str!("fixtures/v1/county-hrss.json");

fn pack() -> &'static Pack {
    embedded().expect("embedded pack")
}

fn drafts() -> Vec<SavedFile> {
    let first = parse(FIXTURE).expect("fixture");
    let mut second = first.clone();
    second.assessment.id = "draft-2".into();
    second.assessment.profile.name = "第二个单位".into();
    vec![first, second]
}

fn quarantine() -> Vec<QuarantinedEntry> {
    vec![QuarantinedEntry {
        key: "fingertip.draft.broken".into(),
        raw: "{\"format_version\": 1, \"pack_id\": \"fingert".into(),
    }]
}

#[test]
fn a_backup_round_trips_and_every_draft_previews() {
    let json = backup_json("2026-07-01T08:00:00Z", &drafts(), &quarantine());
    let backup: Backup = serde_json::from_str(&json).expect("a Backup");
    assert_eq!(backup.kind, BACKUP_KIND);
    assert_eq!(backup.format_version, FORMAT_VERSION);
    assert_eq!(backup.drafts, drafts());
    assert_eq!(backup.quarantined, quarantine());

    let preview = inspect_backup(json.as_bytes(), pack()).expect("restores");
    assert_eq!(preview.exported, "2026-07-01T08:00:00Z");
    let files: Vec<SavedFile> = preview
        .drafts
        .iter()
        .map(|d| d.as_ref().expect("draft opens").file.clone())
        .collect();
    assert_eq!(files, drafts());
    assert!(preview.duplicate_ids.is_empty());
    assert_eq!(preview.quarantined.len(), 1);
    assert_eq!(preview.quarantined[0].entry, quarantine()[0]);
    assert_eq!(
        preview.quarantined[0].result,
        Err(ImportError::Truncated),
        "still unreadable, but kept"
    );
}

#[test]
fn the_single_file_import_sends_backups_to_restore_all_and_back() {
    let json = backup_json("2026-07-01T08:00:00Z", &drafts(), &[]);
    assert_eq!(
        inspect(json.as_bytes(), pack()),
        Err(ImportError::IsBackup { drafts: 2 })
    );
    assert_eq!(
        inspect_backup(FIXTURE.as_bytes(), pack()),
        Err(ImportError::NotBackup)
    );
}

#[test]
fn one_bad_draft_does_not_sink_the_others_and_duplicates_are_named() {
    let good = serde_json::to_value(&drafts()[0]).expect("serialises");
    let mut other_pack = good.clone();
    other_pack["pack_id"] = "other".into();
    let backup = serde_json::json!({
        "kind": BACKUP_KIND,
        "format_version": 1,
        "exported": "2026-07-01",
        "drafts": [good, other_pack, "garbage", good],
        "quarantined": [{"key": "k", "raw": FIXTURE}, 42],
    });
    let p = inspect_backup(backup.to_string().as_bytes(), pack()).expect("restores");
    let kinds: Vec<&str> = p
        .drafts
        .iter()
        .map(|d| d.as_ref().map_or_else(ImportError::kind, |_| "ok"))
        .collect();
    assert_eq!(kinds, ["ok", "other_pack", "not_our_file", "ok"]);
    assert_eq!(p.duplicate_ids, ["draft-1"]);
    assert!(
        p.quarantined[0].result.is_ok(),
        "a newer build may read it now"
    );
    assert_eq!(
        p.quarantined[1].entry.raw, "42",
        "odd entries kept verbatim"
    );
}

#[test]
fn a_backup_is_refused_whole_only_when_the_file_itself_is_unreadable() {
    let future = serde_json::json!({"kind": BACKUP_KIND, "format_version": 9, "drafts": []});
    assert_eq!(
        inspect_backup(future.to_string().as_bytes(), pack()),
        Err(ImportError::FutureVersion(9))
    );
    let no_drafts = serde_json::json!({"kind": BACKUP_KIND, "format_version": 1});
    assert_eq!(
        inspect_backup(no_drafts.to_string().as_bytes(), pack()).map_err(|e| e.kind()),
        Err("malformed")
    );
    let whole = backup_json("x", &drafts(), &[]);
    let mid_character = whole.find('某').expect("Chinese text") + 1;
    for cut in [whole.len() / 2, mid_character] {
        let bytes = whole.as_bytes().get(..cut).expect("in range");
        assert_eq!(inspect_backup(bytes, pack()), Err(ImportError::Truncated));
    }
}

#[test]
fn the_open_draft_replaces_an_older_stored_copy_and_sits_beside_a_newer_one() {
    use fingertip_core::import::add_open_draft;
    use fingertip_core::save::SavedFile;
    let pack = fingertip_core::pack::embedded().expect("embedded pack");
    let file = |id: &str, updated: &str, unit: &str| {
        let mut a = fingertip_core::sample::sample_assessment(id, updated).expect("sample");
        a.profile.name = unit.to_string();
        SavedFile::new(pack, &a)
    };
    let mut drafts = vec![
        file("d1", "2026-11-01T00:00:00Z", "旧"),
        file("d2", "2026-11-01T00:00:00Z", "其他"),
    ];
    add_open_draft(&mut drafts, file("d1", "2026-11-02T00:00:00Z", "新"));
    let units: Vec<_> = drafts
        .iter()
        .map(|d| d.assessment.profile.name.as_str())
        .collect();
    assert_eq!(units, ["新", "其他"]);
    add_open_draft(
        &mut drafts,
        file("d1", "2026-10-01T00:00:00Z", "更旧的页面"),
    );
    let units: Vec<_> = drafts
        .iter()
        .map(|d| d.assessment.profile.name.as_str())
        .collect();
    assert_eq!(units, ["新", "其他", "更旧的页面"]);
    add_open_draft(&mut drafts, file("d3", "2026-11-03T00:00:00Z", "新草稿"));
    assert_eq!(drafts.len(), 4);
}
