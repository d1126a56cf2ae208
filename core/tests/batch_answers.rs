//! 对所有应用/群组应用此答案: the plan lists what would be filled and what overwritten, a batch
//! never touches answered rows unless asked, other fields stay per asset, and undo restores exactly.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::builder::Unit;
use common::scenario::{judged, pack};
use fingertip_core::batch::{apply, plan, undo, BatchMode};
use fingertip_core::model::{Answer, AnswerValue, GroupKind};

fn yes() -> AnswerValue {
    AnswerValue::Choice("yes".into())
}
fn no() -> AnswerValue {
    AnswerValue::Choice("no".into())
}

/// Five apps; B4.1 answered "no" on app-1 and app-3, "yes" on app-4, nothing on app-2 and app-5.
fn five_apps() -> fingertip_core::model::Assessment {
    let mut u = Unit::new(pack());
    for i in 1..=5 {
        u = u.app(&format!("app-{i}"), &format!("应用{i}"));
    }
    u.choice("B4.1", "app-1", "no")
        .choice("B4.1", "app-3", "no")
        .with(
            "B4.1",
            "app-4",
            Answer {
                note: "四号的备注".into(),
                ..Answer::of(yes())
            },
        )
        .skip("B4.1", "app-2")
        .skip("B4.1", "app-5")
        .build()
}

#[test]
fn the_plan_separates_empty_differing_and_same_rows() {
    let a = five_apps();
    let p = plan(&a, &judged(&a), "B4.1", "app-1").expect("a plan");
    assert_eq!(p.value, no());
    let assets = |v: &[fingertip_core::batch::BatchTarget]| {
        v.iter().map(|t| t.asset.clone()).collect::<Vec<_>>()
    };
    assert_eq!(assets(&p.empty), ["app-2", "app-5"]);
    assert_eq!(assets(&p.differing), ["app-4"]);
    assert_eq!(p.differing[0].current, Some(yes()));
    assert_eq!(p.differing[0].label, "应用4");
    assert_eq!(p.same, 1);
}

#[test]
fn fill_empty_leaves_answered_rows_and_keeps_other_fields() {
    let mut a = five_apps();
    let p = plan(&a, &judged(&a), "B4.1", "app-1").expect("a plan");
    let u = apply(&mut a, &p, BatchMode::FillEmpty);
    assert_eq!(u.previous.len(), 2);
    for asset in ["app-2", "app-5"] {
        assert_eq!(
            a.answer("B4.1", asset).and_then(|x| x.value.clone()),
            Some(no())
        );
    }
    let four = a.answer("B4.1", "app-4").expect("kept");
    assert_eq!(four.value, Some(yes()));
    assert_eq!(four.note, "四号的备注");
}

#[test]
fn overwrite_replaces_only_the_value_and_undo_restores_every_row_exactly() {
    let original = five_apps();
    let mut a = original.clone();
    let p = plan(&a, &judged(&a), "B4.1", "app-1").expect("a plan");
    let u = apply(&mut a, &p, BatchMode::Overwrite);
    assert_eq!(u.previous.len(), 3);
    let four = a.answer("B4.1", "app-4").expect("written");
    assert_eq!(four.value, Some(no()));
    assert_eq!(four.note, "四号的备注", "notes stay per asset");
    assert!(undo(&mut a, &u));
    assert_eq!(a.answers, original.answers);
    assert!(!undo(&mut a, &u), "a second undo changes nothing");
}

#[test]
fn no_plan_for_unit_rows_unanswered_sources_or_a_single_asset() {
    let a = five_apps();
    let eval = judged(&a);
    assert!(
        plan(&a, &eval, "B4.1", "app-2").is_none(),
        "the source has no value"
    );
    let unit_item = eval
        .findings
        .iter()
        .find(|f| f.target.asset == "unit")
        .expect("a unit row");
    assert!(plan(&a, &eval, &unit_item.target.item, "unit").is_none());
    let one = Unit::new(pack()).app("app-1", "唯一应用").build();
    let p = plan(&one, &judged(&one), "B4.1", "app-1").expect("a plan");
    assert!(p.is_empty());
}

#[test]
fn groups_are_batched_only_with_groups() {
    let a = Unit::new(pack())
        .app("app-1", "应用")
        .group("grp-1", "群一", GroupKind::Standing, false)
        .group("grp-2", "群二", GroupKind::Standing, false)
        .skip("C6.4", "grp-2")
        .build();
    let eval = judged(&a);
    let p = plan(&a, &eval, "C6.4", "grp-1").expect("a plan");
    assert!(p
        .empty
        .iter()
        .chain(&p.differing)
        .all(|t| t.asset.starts_with("grp-")));
    assert_eq!(p.empty.len(), 1);
}

#[test]
fn a_finalised_assessment_is_not_batched() {
    let mut a = five_apps();
    let p = plan(&a, &judged(&a), "B4.1", "app-1").expect("a plan");
    a.finalisation.finalised = Some(Default::default());
    let before = a.answers.clone();
    let u = apply(&mut a, &p, BatchMode::Overwrite);
    assert!(u.previous.is_empty());
    assert_eq!(a.answers, before);
}

#[test]
fn findings_of_one_item_group_into_one_entry_in_first_seen_order() {
    use fingertip_core::engine::Status;
    use fingertip_core::navigate::group_by_item;
    let mut u = Unit::new(pack());
    for i in 1..=3 {
        u = u.app(&format!("app-{i}"), &format!("应用{i}"));
    }
    let a = u.build();
    let eval = judged(&a);
    let rows: Vec<_> = eval
        .findings
        .iter()
        .filter(|f| f.target.scope != fingertip_core::pack::Scope::Unit)
        .map(|f| fingertip_core::engine::Finding::clone(f))
        .collect();
    let groups = group_by_item(&rows);
    assert!(groups
        .iter()
        .all(|g| g.iter().all(|f| f.target.item == g[0].target.item)));
    let b41 = groups
        .iter()
        .find(|g| g[0].target.item == "B4.1")
        .expect("B4.1 grouped");
    assert_eq!(
        b41.iter()
            .map(|f| f.target.asset.as_str())
            .collect::<Vec<_>>(),
        ["app-1", "app-2", "app-3"]
    );
    assert_eq!(groups.iter().map(Vec::len).sum::<usize>(), rows.len());
    let _ = Status::RedLine;
}
