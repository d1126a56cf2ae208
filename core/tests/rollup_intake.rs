//! The roll-up's intake: bad files listed with their reason and never blocking the rest, and
//! duplicates resolved with the newest kept (the same draft twice, a newer version, an older
//! check of the same unit), the choice swappable.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::rollup::{intake_of, unit_file};
use fingertip_core::rollup::DuplicateKind;

#[test]
fn bad_files_are_listed_with_their_reason_and_the_rest_counted() {
    let good = unit_file(
        "甲县民政局",
        "d1",
        "2026-11-01T10:00:00Z",
        "2026-11-01",
        &[],
    );
    let mut cut = good.clone();
    cut.truncate(good.len() / 2);
    let other_pack = String::from_utf8(good.clone())
        .expect("utf-8")
        .replace("\"fingertip-2023\"", "\"another-pack\"");
    let intake = intake_of(
        &[
            ("empty.json", Vec::new()),
            ("good.json", good),
            ("cut.json", cut),
            ("photo.json", b"\x89PNG\r\n\x1a\n0000".to_vec()),
            ("other.json", other_pack.into_bytes()),
        ],
        false,
    );
    assert_eq!(intake.units().len(), 1);
    assert_eq!(intake.read, 5);
    let kinds: Vec<(&str, &str)> = intake
        .rejected
        .iter()
        .map(|r| (r.file.as_str(), r.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("empty.json", "empty"),
            ("cut.json", "truncated"),
            ("photo.json", "not_text"),
            ("other.json", "other_pack")
        ]
    );
    assert!(intake.rejected.iter().all(|r| !r.reason.is_empty()));
    assert!(intake.rejected[0].reason.contains("文件是空的"));
}

#[test]
fn the_same_draft_twice_counts_once() {
    let f = unit_file(
        "甲县民政局",
        "d1",
        "2026-11-01T10:00:00Z",
        "2026-11-01",
        &[],
    );
    let intake = intake_of(&[("a.json", f.clone()), ("a (1).json", f)], false);
    assert_eq!(intake.units().len(), 1);
    assert_eq!(intake.duplicates.len(), 1);
    let d = &intake.duplicates[0];
    assert_eq!(d.kind, DuplicateKind::SameFile);
    assert_eq!(
        (d.kept.as_str(), d.dropped.as_str()),
        ("a.json", "a (1).json")
    );
    assert!(d.newest_kept);
}

#[test]
fn a_newer_version_supersedes_an_older_one_in_either_order() {
    let old = unit_file(
        "甲县民政局",
        "d1",
        "2026-10-01T10:00:00Z",
        "2026-10-01",
        &[],
    );
    let new = unit_file(
        "甲县民政局",
        "d1",
        "2026-11-20T10:00:00Z",
        "2026-11-20",
        &[],
    );
    for files in [
        [("old.json", old.clone()), ("new.json", new.clone())],
        [("new.json", new.clone()), ("old.json", old.clone())],
    ] {
        let intake = intake_of(&files, false);
        assert_eq!(intake.units().len(), 1);
        assert_eq!(intake.units()[0].file, "new.json");
        assert_eq!(intake.duplicates[0].kind, DuplicateKind::OlderVersion);
        assert_eq!(intake.duplicates[0].dropped, "old.json");
    }
}

#[test]
fn another_older_check_of_the_same_unit_is_set_aside_and_the_choice_can_be_swapped() {
    let older = unit_file(
        "甲县 民政局",
        "d1",
        "2026-05-01T10:00:00Z",
        "2026-05-01",
        &[],
    );
    let newer = unit_file(
        "甲县民政局",
        "d9",
        "2026-11-01T10:00:00Z",
        "2026-11-01",
        &[],
    );
    let mut intake = intake_of(&[("may.json", older), ("nov.json", newer)], true);
    assert_eq!(intake.units().len(), 1);
    assert_eq!(intake.duplicates[0].kind, DuplicateKind::OlderCheck);
    assert_eq!(intake.units()[0].date, "2026-11-01");
    assert!(intake.swap(0));
    assert_eq!(intake.units()[0].date, "2026-05-01");
    assert!(!intake.duplicates[0].newest_kept);
    assert_eq!(intake.duplicates[0].kept, "may.json");
    assert!(intake.swap(0));
    assert_eq!(intake.units()[0].file, "nov.json");
    // The command line keeps no set-aside summaries: nothing to swap.
    let mut lean = intake_of(
        &[
            (
                "a.json",
                unit_file("乙", "x", "2026-01-01T00:00:00Z", "2026-01-01", &[]),
            ),
            (
                "b.json",
                unit_file("乙", "y", "2026-02-01T00:00:00Z", "2026-02-01", &[]),
            ),
        ],
        false,
    );
    assert!(!lean.swap(0));
}
