//! Draft names and origins: the list tells two drafts of one unit apart (its own name, where it
//! came from), renaming works on stored drafts without opening them, keeps the list's figures,
//! never touches the report's content (fingerprint), and survives save and reload.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use fingertip_core::draft::{rename, summarize};
use fingertip_core::engine::evaluate;
use fingertip_core::fingerprint::content_fingerprint;
use fingertip_core::model::{Assessment, DraftOrigin};
use fingertip_core::pack::{embedded, Pack};
use fingertip_core::save;
use fingertip_core::store::{DraftStore, MemoryStore, Saved};

const NOW: &str = "2026-12-01T10:00:00.000Z";

fn pack() -> &'static Pack {
    embedded().expect("embedded pack")
}

fn sample(id: &str) -> Assessment {
    let mut a = fingertip_core::sample::sample_assessment(id, NOW).expect("sample");
    a.origin = Some(DraftOrigin::Sample { at: NOW.into() });
    a
}

fn stored(drafts: &[Assessment]) -> DraftStore<MemoryStore> {
    common::store::store_with(pack(), drafts, NOW)
}

#[test]
fn name_and_origin_survive_the_saved_file() {
    let mut a = sample("d1");
    assert!(rename(&mut a, " 2026 上半年定期自查 "));
    let json = save::to_json(pack(), &a);
    let back = save::parse(&json).expect("parse").into_assessment();
    assert_eq!(back.title, "2026 上半年定期自查");
    assert_eq!(back.origin, Some(DraftOrigin::Sample { at: NOW.into() }));
    let line = summarize(&back, &evaluate(pack(), &back));
    assert_eq!(line.label(), "2026 上半年定期自查");
    assert_eq!(line.unit, a.profile.name);
}

#[test]
fn a_draft_without_a_name_is_listed_by_its_unit_and_older_files_open() {
    let a = sample("d1");
    let line = summarize(&a, &evaluate(pack(), &a));
    assert_eq!(line.label(), a.profile.name);
    // A file saved before names and origins existed has neither field.
    let json = save::to_json(pack(), &Assessment { origin: None, ..a });
    assert!(!json.contains("\"title\"") && !json.contains("\"origin\""));
    let back = save::parse(&json).expect("parse").into_assessment();
    assert_eq!((back.title.as_str(), back.origin), ("", None));
}

#[test]
fn the_name_is_not_part_of_the_report_fingerprint() {
    let a = sample("d1");
    let mut named = a.clone();
    rename(&mut named, "另一个名字");
    named.origin = Some(DraftOrigin::Imported {
        file: "x.json".into(),
        at: NOW.into(),
    });
    assert_eq!(
        content_fingerprint(&pack().id, &pack().version, &a),
        content_fingerprint(&pack().id, &pack().version, &named)
    );
}

#[test]
fn renaming_a_stored_draft_keeps_its_figures_and_the_other_drafts() {
    let (one, two) = (sample("d1"), sample("d2"));
    let mut store = stored(&[one.clone(), two.clone()]);
    let before = store.load_index().expect("index");
    let line = store
        .rename_draft(pack(), "d2", "复查(第二次)", NOW)
        .expect("rename")
        .expect("a change");
    assert_eq!(line.title, "复查(第二次)");
    let after = store.load_index().expect("index");
    let (old2, new2) = (&before[1], &after[1]);
    assert_eq!(
        (new2.progress, new2.red_lines, &new2.updated, new2.next_step),
        (old2.progress, old2.red_lines, &old2.updated, old2.next_step)
    );
    assert_eq!(after[0], before[0], "the other draft's line is untouched");
    let reread = store.load_draft("d2").expect("read").expect("there");
    assert_eq!(reread.title, "复查(第二次)");
    assert_eq!(reread.answers, two.answers, "answers unchanged");
    assert_eq!(
        reread.updated, two.updated,
        "a name is not a content change"
    );
    // The same name again writes nothing; an unknown draft is no change either.
    assert_eq!(
        store.rename_draft(pack(), "d2", "复查(第二次)", NOW),
        Ok(None)
    );
    assert_eq!(store.rename_draft(pack(), "nope", "x", NOW), Ok(None));
    // Blank removes the name: the list shows the unit again.
    let line = store
        .rename_draft(pack(), "d2", "   ", NOW)
        .expect("rename");
    assert_eq!(line.map(|l| l.label().to_string()), Some(two.profile.name));
}

#[test]
fn renaming_reads_what_another_tab_saved_instead_of_overwriting_it() {
    let a = sample("d1");
    let mut mine = stored(std::slice::from_ref(&a));
    // Another tab (another store over the same data) changes the draft after this tab saved it.
    let mut other = DraftStore::new(mine.kv().clone());
    let mut theirs = other.load_draft("d1").expect("read").expect("there");
    theirs.profile.contact = "王五 123".into();
    theirs.updated = "2026-12-01T11:00:00.000Z".into();
    let s = summarize(&theirs, &evaluate(pack(), &theirs));
    assert_eq!(
        other.save_draft(pack(), &theirs, &s, NOW),
        Ok(Saved::Complete)
    );
    *mine.kv_mut() = other.into_kv();
    mine.rename_draft(pack(), "d1", "新名字", NOW)
        .expect("rename")
        .expect("a change");
    let now = mine.load_draft("d1").expect("read").expect("there");
    assert_eq!(
        (now.title.as_str(), now.profile.contact.as_str()),
        ("新名字", "王五 123")
    );
}

#[test]
fn a_finalised_draft_can_still_be_renamed() {
    let mut a = sample("d1");
    a.finalisation.finalised = Some(Default::default());
    assert!(a.is_finalised());
    assert!(rename(&mut a, "已定稿的那一份"));
    assert_eq!(a.title, "已定稿的那一份");
}

#[test]
fn the_next_self_check_says_which_check_it_was_started_from() {
    use fingertip_core::cycle::{next_check, NextCheck};
    let mut first = sample("d1");
    rename(&mut first, "2026 上半年");
    let choice = NextCheck {
        id: "d2".into(),
        now: "2026-12-01T12:00:00.000Z".into(),
        date: "2026-12-01".into(),
        purpose: first.profile.purpose,
        parts: Default::default(),
    };
    let next = next_check(pack(), &first, &choice);
    assert_eq!(
        next.title, "",
        "the new check does not take the old one's name"
    );
    assert_eq!(
        next.origin.as_ref().map(DraftOrigin::describe).as_deref(),
        Some("由“2026 上半年”另起")
    );
}
