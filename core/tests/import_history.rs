//! Pack changes between the version a file was answered against and the current pack: the
//! released snapshots kept as data, and a synthetic older version with an item removed, one
//! added and one reworded — answers map by id, answers to removed items are reported and kept.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use fingertip_core::import::{
    inspect_with, pack_changes, snapshot, PackItemsSnapshot, Reworded, WarningKind,
};
use fingertip_core::model::{Answer, AnswerRecord};
use fingertip_core::pack::{embedded, Pack};
use fingertip_core::save::{parse, to_json};

const FIXTURE: &str = include_str!("fixtures/v2/county-hrss.json");

fn pack() -> &'static Pack {
    embedded().expect("embedded pack")
}

fn history_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/pack-history")
}

fn released() -> Vec<PackItemsSnapshot> {
    common::json_files("../content/pack-history")
        .iter()
        .map(|(p, text)| {
            serde_json::from_str(text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        })
        .collect()
}

/// The current pack one release earlier: its last item did not exist yet, an item since
/// removed (`Z0.1`) did, and the first item was worded differently.
fn older() -> PackItemsSnapshot {
    let mut old = snapshot(pack());
    old.version = "0.9.0".into();
    let last = pack().items.last().expect("items").id.clone();
    old.items.remove(&last);
    old.items.insert("Z0.1".into(), "已删除的旧题目?".into());
    let first = &pack().items[0];
    old.items
        .insert(first.id.clone(), format!("{}(旧措辞)", first.question));
    old
}

#[test]
fn the_current_pack_version_has_its_released_snapshot_and_it_still_matches() {
    let current = snapshot(pack());
    let name = format!("{}-{}.json", current.pack_id, current.version);
    let path = history_dir().join(&name);
    if std::env::var_os("FINGERTIP_WRITE_SNAPSHOT").is_some() && !path.exists() {
        let json = serde_json::to_string_pretty(&current).expect("serialises");
        fs::write(&path, json + "\n").expect("writable");
    }
    let stored = released()
        .into_iter()
        .find(|s| s.pack_id == current.pack_id && s.version == current.version)
        .unwrap_or_else(|| {
            panic!("no content/pack-history/{name}: run with FINGERTIP_WRITE_SNAPSHOT=1")
        });
    assert_eq!(
        stored,
        current,
        "question texts of released pack {v} changed: bump the pack version instead (files \
         answered against {v} would no longer show which questions were reworded). Only if {v} \
         was never released: delete content/pack-history/{name} and rerun with \
         FINGERTIP_WRITE_SNAPSHOT=1",
        v = current.version
    );
}

#[test]
fn every_released_snapshot_is_of_this_pack_and_unique() {
    let all = released();
    assert!(!all.is_empty());
    let mut versions: Vec<&str> = all.iter().map(|s| s.version.as_str()).collect();
    versions.dedup();
    assert_eq!(versions.len(), all.len());
    assert!(all
        .iter()
        .all(|s| s.pack_id == pack().id && !s.items.is_empty()));
}

#[test]
fn changes_list_the_added_removed_and_reworded_items() {
    let changes = pack_changes(&older(), pack());
    let first = &pack().items[0];
    assert_eq!(
        (changes.from.as_str(), changes.to.as_str()),
        ("0.9.0", pack().version.as_str())
    );
    assert!(changes.complete);
    assert_eq!(
        changes.added,
        [pack().items.last().expect("items").id.clone()]
    );
    assert_eq!(changes.removed, ["Z0.1"]);
    assert_eq!(
        changes.reworded,
        [Reworded {
            id: first.id.clone(),
            before: format!("{}(旧措辞)", first.question),
            after: first.question.clone(),
        }]
    );
    let same = pack_changes(&snapshot(pack()), pack());
    assert!(same.added.is_empty() && same.removed.is_empty() && same.reworded.is_empty());
}

#[test]
fn a_file_from_an_older_pack_maps_by_id_and_keeps_answers_to_removed_items() {
    let mut file = parse(FIXTURE).expect("fixture");
    file.pack_version = "0.9.0".into();
    let mut removed = Answer::choice("yes");
    removed.note = "这道题后来删除了,备注仍须保留".into();
    file.assessment.answers.push(AnswerRecord {
        item: "Z0.1".into(),
        asset: "unit".into(),
        answer: removed,
    });
    let bytes = serde_json::to_vec(&file).expect("serialises");
    let p = inspect_with(&bytes, pack(), &[older()]).expect("imports");
    let changes = p.pack_changes.clone().expect("changes");
    assert!(changes.complete && changes.removed == ["Z0.1"]);
    assert_eq!(p.answered_reworded, [pack().items[0].id.clone()]);
    assert!(!p.blocking, "{:#?}", p.problems);
    assert_eq!(p.unmapped.len(), 1);
    assert_eq!(p.unmapped[0].item, "Z0.1");
    let kinds: Vec<WarningKind> = p.warnings.iter().map(|w| w.kind).collect();
    assert_eq!(
        kinds,
        [
            WarningKind::PackChanged,
            WarningKind::Reworded,
            WarningKind::Unmapped
        ]
    );
    assert_eq!(p.counts.answers, file.assessment.answers.len());
    // Kept in the draft, it survives saving and opening again.
    let draft = p.file.into_assessment();
    let again = parse(&to_json(pack(), &draft))
        .expect("saved")
        .into_assessment();
    let kept = again.answer("Z0.1", "unit").expect("kept");
    assert_eq!(kept.note, "这道题后来删除了,备注仍须保留");
}

#[test]
fn without_a_snapshot_removed_answered_items_are_still_named() {
    let mut file = parse(FIXTURE).expect("fixture");
    file.pack_version = "0.8.0".into();
    file.assessment.answers.push(AnswerRecord {
        item: "Z0.1".into(),
        asset: "unit".into(),
        answer: Answer::choice("no"),
    });
    let bytes = serde_json::to_vec(&file).expect("serialises");
    let p = inspect_with(&bytes, pack(), &[older()]).expect("imports");
    let changes = p.pack_changes.expect("changes");
    assert!(!changes.complete);
    assert_eq!(changes.removed, ["Z0.1"]);
    assert!(changes.added.is_empty() && changes.reworded.is_empty());
}

#[test]
fn embedded_history_holds_every_released_version_but_the_current_one() {
    let pack = fingertip_core::pack::embedded().expect("embedded pack");
    let files = std::fs::read_dir(history_dir())
        .expect("pack-history directory")
        .count();
    let embedded = fingertip_core::import::released_snapshots();
    assert_eq!(
        embedded.len(),
        files - 1,
        "all released versions but the current one are embedded"
    );
    assert!(embedded
        .iter()
        .all(|s| s.version != pack.version && s.pack_id == pack.id));
}
