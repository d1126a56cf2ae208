//! The one import pipeline: `open` reads a file once and tells a saved file from a backup by its
//! shape (the same previews and errors as `inspect` and `inspect_backup`), and `RestorePlan` is
//! the one decision of what a restore does with every draft — shown by the preview, carried out
//! by the app.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use fingertip_core::import::{
    backup_json, inspect, inspect_backup, open, ImportError, Opened, QuarantinedEntry,
    RestoreAction, RestorePlan, RestoreSource, BACKUP_KIND,
};
use fingertip_core::pack::{embedded, Pack};
use fingertip_core::save::{parse, SavedFile};
use serde_json::{json, Value};

const FIXTURE: &str = include_str!("fixtures/v1/county-hrss.json");
const BLOCKING: &str = include_str!("fixtures/bad/duplicate-answers.json");

fn pack() -> &'static Pack {
    embedded().expect("embedded pack")
}

fn draft(id: &str) -> SavedFile {
    let mut file = parse(FIXTURE).expect("fixture");
    file.assessment.id = id.into();
    file
}

fn actions(plan: &RestorePlan) -> Vec<(RestoreSource, &'static str)> {
    plan.steps
        .iter()
        .map(|s| {
            let what = match &s.action {
                RestoreAction::Restore => "restore",
                RestoreAction::Renamed => "renamed",
                RestoreAction::Quarantine(_) => "quarantine",
            };
            (s.source, what)
        })
        .collect()
}

#[test]
fn open_previews_a_saved_file_exactly_as_inspect_does() {
    let opened = open(FIXTURE.as_bytes(), pack(), &[]).expect("opens");
    let expected = inspect(FIXTURE.as_bytes(), pack()).expect("inspects");
    assert_eq!(opened, Opened::Saved(Box::new(expected)));
}

#[test]
fn open_previews_a_backup_exactly_as_inspect_backup_does() {
    let json = backup_json(
        "2026-07-01T08:00:00Z",
        &[draft("draft-1"), draft("draft-2")],
        &[],
    );
    let opened = open(json.as_bytes(), pack(), &[]).expect("opens");
    let expected = inspect_backup(json.as_bytes(), pack()).expect("inspects");
    assert_eq!(opened, Opened::Backup(Box::new(expected)));
}

#[test]
fn open_gives_the_same_errors_as_inspect() {
    for bytes in [
        &b"not json"[..],
        b"{\"format_version\": 1, \"pack_id\": \"fingert",
        b"\x89PNG\r\n",
    ] {
        assert_eq!(
            open(bytes, pack(), &[]).err(),
            inspect(bytes, pack()).err(),
            "{}",
            String::from_utf8_lossy(bytes)
        );
    }
    let other = json!({"kind": BACKUP_KIND, "format_version": 1, "drafts": 3});
    assert!(matches!(
        open(other.to_string().as_bytes(), pack(), &[]),
        Err(ImportError::Malformed(_))
    ));
}

#[test]
fn two_drafts_with_one_id_restore_the_first_and_rename_only_the_second() {
    let json = backup_json("2026-07-01", &[draft("draft-1"), draft("draft-1")], &[]);
    let b = inspect_backup(json.as_bytes(), pack()).unwrap();
    let plan = RestorePlan::new(&b, []);
    assert_eq!(
        actions(&plan),
        [
            (RestoreSource::Draft(0), "restore"),
            (RestoreSource::Draft(1), "renamed")
        ]
    );
    assert_eq!(plan.steps[0].says, "将恢复为草稿");
    assert!(plan.steps[1].says.starts_with("编号已存在"));
}

#[test]
fn a_stored_id_is_renamed_and_unreadable_or_blocking_drafts_are_kept_verbatim() {
    let good: Value = serde_json::to_value(draft("draft-1")).unwrap();
    let blocking: Value = serde_json::from_str(BLOCKING).unwrap();
    let backup = json!({
        "kind": BACKUP_KIND,
        "format_version": 1,
        "exported": "2026-07-01",
        "drafts": [good, "garbage", blocking],
        "quarantined": [
            {"key": "fingertip/index", "raw": "[]"},
            {"key": "fingertip.draft.x", "raw": serde_json::to_string(&draft("draft-9")).unwrap()},
            {"key": "k", "raw": "{"}
        ],
    });
    let b = inspect_backup(backup.to_string().as_bytes(), pack()).unwrap();
    let plan = RestorePlan::new(&b, ["draft-1"]);
    assert_eq!(
        actions(&plan),
        [
            (RestoreSource::Draft(0), "renamed"),
            (RestoreSource::Draft(1), "quarantine"),
            (RestoreSource::Draft(2), "quarantine"),
            // The index entry is the browser's bookkeeping: left out.
            (RestoreSource::Quarantined(1), "restore"),
            (RestoreSource::Quarantined(2), "quarantine"),
        ]
    );
    assert!(
        plan.steps[2].says.starts_with("有会导致答案丢失"),
        "blocking, not unreadable"
    );
    let kept: Vec<&QuarantinedEntry> = plan
        .steps
        .iter()
        .filter_map(|s| match &s.action {
            RestoreAction::Quarantine(e) => Some(e),
            _ => None,
        })
        .collect();
    assert_eq!(
        (kept[0].key.as_str(), kept[0].raw.as_str()),
        ("backup/drafts/2", "\"garbage\"")
    );
    assert_eq!(kept[1].key, "backup/drafts/3");
    assert_eq!(
        serde_json::from_str::<Value>(&kept[1].raw).unwrap(),
        blocking,
        "the blocking draft is kept as written"
    );
    assert_eq!((kept[2].key.as_str(), kept[2].raw.as_str()), ("k", "{"));
    let restored = RestorePlan::file(&b, RestoreSource::Quarantined(1)).unwrap();
    assert_eq!(restored.assessment.id, "draft-9");
    assert!(RestorePlan::file(&b, RestoreSource::Draft(1)).is_none());
}
