//! Files answered with pack 1.0.0 (format 1) open under pack 1.1.0 with nothing lost: answers to
//! reworded items are kept and flagged for review, answers to the retired B4.2 are kept aside and
//! explained, apps are taken as hosted with a warning, exceptions without a justification card
//! are named, and the changelog lists what changed since the file's version.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use fingertip_core::engine::{evaluate, Status};
use fingertip_core::import::{
    inspect_with, released_snapshots, releases_since, Preview, WarningKind,
};
use fingertip_core::model::{AppRole, AssetId, ItemId};
use fingertip_core::pack::{embedded, ChangeKind, Pack};
use serde_json::Value;

const SAMPLE_V1: &str = include_str!("fixtures/v1/sample-unit.json");
const COUNTY_V1: &str = include_str!("fixtures/v1/county-hrss.json");

/// Opens `bytes` as the app does: with the embedded snapshots of released pack versions.
fn inspect(bytes: &[u8], pack: &Pack) -> Result<Preview, fingertip_core::import::ImportError> {
    inspect_with(bytes, pack, released_snapshots())
}

fn pack() -> &'static Pack {
    embedded().expect("embedded pack")
}

/// The raw answer records of a fixture for `item`, as written.
fn raw_answers(json: &str, item: &str) -> Vec<Value> {
    let v: Value = serde_json::from_str(json).expect("fixture");
    v["assessment"]["answers"]
        .as_array()
        .expect("answers")
        .iter()
        .filter(|r| r["item"] == item)
        .cloned()
        .collect()
}

#[test]
fn answers_to_every_reworded_item_are_kept_verbatim_and_flagged() {
    let reworded: Vec<&str> = pack()
        .changelog
        .first()
        .expect("1.1.0")
        .changes
        .iter()
        .filter(|c| c.kind == ChangeKind::Reworded)
        .filter_map(|c| c.item.as_deref())
        .collect();
    assert_eq!(reworded, ["C6.2", "C6.3", "C8.1"]);
    for (name, json) in [("sample", SAMPLE_V1), ("county", COUNTY_V1)] {
        let p = inspect(json.as_bytes(), pack()).expect("opens");
        let changes = p.pack_changes.as_ref().expect("pack changed");
        assert!(changes.complete, "{name}: the 1.0.0 snapshot is embedded");
        for id in &reworded {
            let before = raw_answers(json, id);
            assert!(!before.is_empty(), "{name}: fixture answers {id}");
            assert!(p.answered_reworded.iter().any(|r| r == id), "{name}: {id}");
            assert!(
                p.warnings
                    .iter()
                    .any(|w| w.kind == WarningKind::Reworded && w.field == *id),
                "{name}: {id} flagged for review"
            );
            let after: Vec<Value> = p
                .file
                .assessment
                .answers
                .iter()
                .filter(|r| r.item == *id)
                .map(|r| serde_json::to_value(r).expect("serialises"))
                .collect();
            assert_eq!(after, before, "{name}: {id} kept as written");
        }
    }
}

#[test]
fn the_retired_b4_2_is_kept_aside_and_explained() {
    let p = inspect(SAMPLE_V1.as_bytes(), pack()).expect("opens");
    let kept: Vec<&str> = p.unmapped.iter().map(|r| r.asset.as_str()).collect();
    assert_eq!(kept, ["app-1", "app-2"]);
    assert!(p.unmapped.iter().all(|r| r.item == "B4.2"));
    assert!(p.problems.is_empty(), "{:#?}", p.problems);
    let retired = p
        .warnings
        .iter()
        .find(|w| w.kind == WarningKind::Retired && w.field == "B4.2")
        .expect("explained");
    assert!(retired.message.contains("1.1.0") && retired.message.contains("例外说明"));
    let draft = p.file.into_assessment();
    assert!(draft.answer("B4.2", "app-2").is_some(), "kept in the draft");
}

#[test]
fn format_1_apps_become_hosted_with_a_warning_per_app() {
    let p = inspect(SAMPLE_V1.as_bytes(), pack()).expect("opens");
    assert_eq!(p.format_version, 1);
    let apps = &p.file.assessment.inventory.apps;
    assert!(apps.iter().all(|a| a.role == AppRole::Hosted));
    let fields: Vec<&str> = p
        .warnings
        .iter()
        .filter(|w| w.kind == WarningKind::Migrated)
        .map(|w| w.field.as_str())
        .collect();
    assert_eq!(
        fields,
        [
            "assessment.inventory.apps[0].role",
            "assessment.inventory.apps[1].role"
        ]
    );
}

#[test]
fn a_1_0_exception_claim_without_a_card_is_named_and_the_red_line_stands() {
    let mut v: Value = serde_json::from_str(SAMPLE_V1).expect("fixture");
    for r in v["assessment"]["answers"].as_array_mut().expect("answers") {
        if r["item"] == "B4.1" && r["asset"] == "app-2" {
            r["exception"] = Value::Bool(true);
        }
    }
    let bytes = serde_json::to_vec(&v).expect("serialises");
    let p = inspect(&bytes, pack()).expect("opens");
    assert_eq!(
        p.unjustified,
        [(ItemId::from("B4.1"), AssetId::from("app-2"))]
    );
    assert!(p
        .warnings
        .iter()
        .any(|w| w.kind == WarningKind::Unjustified));
    let eval = evaluate(pack(), &p.file.into_assessment());
    let b41 = eval
        .findings
        .iter()
        .find(|f| f.target.item == "B4.1" && f.target.asset == "app-2")
        .expect("row");
    assert_eq!(b41.status, Status::RedLine);
    assert!(
        b41.reasons.iter().any(|r| r.contains("未填写例外说明")),
        "{:?}",
        b41.reasons
    );
}

#[test]
fn a_retired_parameter_override_is_kept_and_explained() {
    let p = inspect(COUNTY_V1.as_bytes(), pack()).expect("opens");
    assert_eq!(
        p.file.assessment.parameters.get("account_silent_days"),
        Some(&60.0)
    );
    assert!(p.problems.is_empty(), "{:#?}", p.problems);
    let w = p
        .warnings
        .iter()
        .find(|w| w.field == "assessment.parameters.account_silent_days")
        .expect("explained");
    assert_eq!(w.kind, WarningKind::Retired);
}

#[test]
fn the_changelog_since_the_file_version_is_in_the_preview() {
    let p = inspect(SAMPLE_V1.as_bytes(), pack()).expect("opens");
    let versions: Vec<&str> = p.changelog.iter().map(|r| r.version.as_str()).collect();
    assert_eq!(versions, ["1.1.0"]);
    assert!(releases_since(pack(), &pack().version).is_empty());
    assert_eq!(releases_since(pack(), "0.9.0").len(), 2);
}
