//! Asset-aware defaults (#13 item 3): a new asset of a kind starts with the unit's clear majority
//! answers marked 待确认 — shown, never counted as answered until confirmed — and nothing else of
//! the other assets' answers (notes, 不适用, exceptions) is copied.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::builder::Unit;
use common::scenario::{judged, pack};
use fingertip_core::batch::{apply as batch, plan, BatchMode};
use fingertip_core::cycle::{confirm, CycleEdit};
use fingertip_core::edit::{apply, apply_with, AnswerField, Edit, SetAside};
use fingertip_core::engine::{evaluate, Status};
use fingertip_core::inventory_edit::AssetKind;
use fingertip_core::model::{Answer, AnswerValue, Assessment, AssetId, GroupKind, Suggested};
use fingertip_core::save::{parse, to_json};

fn choice(v: &str) -> AnswerValue {
    AnswerValue::Choice(v.into())
}

/// Three apps answered by the builder (compliant) except B4.1: no, no, yes; a note on app-1.
fn three_apps() -> Assessment {
    Unit::new(pack())
        .app("app-1", "应用一")
        .app("app-2", "应用二")
        .app("app-3", "应用三")
        .group("grp-1", "工作群", GroupKind::Standing, false)
        .with(
            "B4.1",
            "app-1",
            Answer {
                note: "一号的备注".into(),
                ..Answer::choice("no")
            },
        )
        .choice("B4.1", "app-2", "no")
        .choice("B4.1", "app-3", "yes")
        .build()
}

fn add_app(a: &mut Assessment) -> AssetId {
    assert!(apply(
        a,
        Edit::AddAssets {
            kind: AssetKind::App,
            names: vec!["新应用".into()],
        }
    ));
    a.inventory
        .apps
        .last()
        .map(|x| x.id.clone())
        .unwrap_or_default()
}

#[test]
fn a_new_app_starts_with_the_majority_answers_marked_and_not_counted() {
    let mut a = three_apps();
    let before = evaluate(pack(), &a).counts.unanswered;
    let id = add_app(&mut a);
    assert_eq!(id, "app-4");
    let b41 = a.answer("B4.1", &id).expect("a default for B4.1");
    assert_eq!(b41.value, Some(choice("no")));
    assert!(b41.provisional);
    assert_eq!(
        b41.suggested,
        Some(Suggested {
            agreeing: 2,
            answered: 3
        })
    );
    assert_eq!(b41.note, "", "notes stay with their own asset");
    let eval = judged(&a);
    let rows: Vec<_> = eval
        .findings
        .iter()
        .filter(|f| f.target.asset == id)
        .collect();
    assert!(!rows.is_empty());
    let defaulted: Vec<_> = rows
        .iter()
        .filter(|f| a.answer(&f.target.item, &id).is_some())
        .collect();
    assert!(
        defaulted.len() > 10,
        "the builder's compliant answers are the unit's habit"
    );
    for f in &defaulted {
        assert_eq!(
            f.status,
            Status::Unanswered,
            "{}: a default never counts as answered",
            f.target.item
        );
        assert!(f.provisional, "{}", f.target.item);
    }
    assert!(eval.counts.unanswered > before);
    // Nothing on the unit's other assets changed; the group got nothing from the apps.
    assert_eq!(
        a.answers
            .keys()
            .filter(|(_, s)| s.starts_with("grp-"))
            .count(),
        three_apps()
            .answers
            .keys()
            .filter(|(_, s)| s.starts_with("grp-"))
            .count()
    );
}

#[test]
fn no_default_without_a_clear_majority_of_at_least_two() {
    let mut a = Unit::new(pack())
        .app("app-1", "应用一")
        .app("app-2", "应用二")
        .choice("B4.1", "app-1", "no")
        .choice("B4.1", "app-2", "yes")
        .skip("C6.1", "app-2")
        .build();
    let id = add_app(&mut a);
    assert!(
        a.answer("B4.1", &id).is_none(),
        "one against one is no majority"
    );
    assert!(
        a.answer("C6.1", &id).is_none(),
        "a single answer is not the unit's habit"
    );
}

#[test]
fn not_applicable_and_exceptions_are_never_copied() {
    let na = Answer::of(AnswerValue::NotApplicable("本应用不涉及".into()));
    let exc = Answer {
        exception: true,
        ..Answer::choice("no")
    };
    let mut a = Unit::new(pack())
        .app("app-1", "应用一")
        .app("app-2", "应用二")
        .app("app-3", "应用三")
        .with("C6.1", "app-1", na.clone())
        .with("C6.1", "app-2", na.clone())
        .with("C6.1", "app-3", na)
        .with("B4.1", "app-1", exc.clone())
        .with("B4.1", "app-2", exc)
        .choice("B4.1", "app-3", "no")
        .build();
    let id = add_app(&mut a);
    assert!(a.answer("C6.1", &id).is_none());
    assert!(
        a.answer("B4.1", &id).is_none(),
        "only app-3's own answer is left: not a majority of two"
    );
}

#[test]
fn confirming_or_changing_makes_the_default_the_units_own() {
    let mut a = three_apps();
    let id = add_app(&mut a);
    assert!(confirm(&mut a, "B4.1", Some(&id)));
    let b41 = a.answer("B4.1", &id).expect("kept");
    assert!(!b41.provisional && b41.suggested.is_none());
    let mut aside = SetAside::default();
    assert!(apply_with(
        &mut a,
        &mut aside,
        Edit::AnswerField {
            item: "C6.1".into(),
            asset: id.clone(),
            field: AnswerField::Value(Some(choice("no"))),
        }
    ));
    let c61 = a.answer("C6.1", &id).expect("kept");
    assert!(!c61.provisional && c61.suggested.is_none());
    // And through the cycle's confirm-all intent.
    assert!(apply(
        &mut a,
        Edit::Cycle(CycleEdit::ConfirmItems(vec!["C7.1".into()]))
    ));
}

#[test]
fn a_batch_fills_default_rows_like_empty_ones_and_confirms_them() {
    let mut a = three_apps();
    let id = add_app(&mut a);
    let eval = evaluate(pack(), &a);
    let p = plan(&a, &eval, "B4.1", "app-3").expect("a plan");
    assert!(
        p.empty.iter().any(|t| t.asset == id),
        "the 待确认 row is filled, not 'overwritten'"
    );
    batch(&mut a, &p, BatchMode::FillEmpty);
    let b41 = a.answer("B4.1", &id).expect("written");
    assert_eq!(b41.value, Some(choice("yes")));
    assert!(!b41.provisional && b41.suggested.is_none());
}

#[test]
fn the_mark_and_its_reason_survive_the_saved_file() {
    let mut a = three_apps();
    let id = add_app(&mut a);
    let back = parse(&to_json(pack(), &a))
        .expect("parses")
        .into_assessment();
    let b41 = back.answer("B4.1", &id).expect("kept");
    assert!(b41.provisional);
    assert_eq!(
        b41.suggested,
        Some(Suggested {
            agreeing: 2,
            answered: 3
        })
    );
}
