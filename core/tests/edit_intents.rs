//! Field-level answer edits (`Edit::AnswerField`): each applies to the answer as it is now, so
//! edits sent from the same stale render keep each other's fields; 不适用 sets the value aside and
//! clearing it brings the value back; unchanged fields report no change; a finalised draft refuses.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use fingertip_core::edit::{apply_with, AnswerField, Edit, SetAside};
use fingertip_core::model::{AnswerValue, Assessment, JustificationField};

fn field(f: AnswerField) -> Edit {
    Edit::AnswerField {
        item: "B4.1".into(),
        asset: "app-1".into(),
        field: f,
    }
}

fn choice(v: &str) -> AnswerField {
    AnswerField::Value(Some(AnswerValue::Choice(v.into())))
}

#[test]
fn edits_from_one_render_keep_each_others_fields() {
    let (mut a, mut aside) = (Assessment::default(), SetAside::default());
    // Three callbacks built from the same render, each sending only its own field.
    assert!(apply_with(&mut a, &mut aside, field(choice("no"))));
    assert!(apply_with(
        &mut a,
        &mut aside,
        field(AnswerField::Note("已下线".into()))
    ));
    assert!(apply_with(
        &mut a,
        &mut aside,
        field(AnswerField::Owner("张三".into()))
    ));
    let answer = a.answer("B4.1", "app-1").expect("answered");
    assert_eq!(answer.value, Some(AnswerValue::Choice("no".into())));
    assert_eq!(
        (answer.note.as_str(), answer.owner.as_str()),
        ("已下线", "张三")
    );
}

#[test]
fn not_applicable_sets_the_value_aside_and_clearing_it_brings_it_back() {
    let (mut a, mut aside) = (Assessment::default(), SetAside::default());
    apply_with(&mut a, &mut aside, field(choice("partial")));
    assert!(apply_with(
        &mut a,
        &mut aside,
        field(AnswerField::NotApplicable(true))
    ));
    assert!(apply_with(
        &mut a,
        &mut aside,
        field(AnswerField::NotApplicableReason("本单位无此功能".into()))
    ));
    let value = |a: &Assessment| a.answer("B4.1", "app-1").and_then(|x| x.value.clone());
    assert_eq!(
        value(&a),
        Some(AnswerValue::NotApplicable("本单位无此功能".into()))
    );
    assert!(apply_with(
        &mut a,
        &mut aside,
        field(AnswerField::NotApplicable(false))
    ));
    assert_eq!(value(&a), Some(AnswerValue::Choice("partial".into())));
    // Nothing set aside any more: ticking and clearing again leaves the row without a value.
    apply_with(&mut a, &mut aside, field(AnswerField::Value(None)));
    apply_with(&mut a, &mut aside, field(AnswerField::NotApplicable(true)));
    apply_with(&mut a, &mut aside, field(AnswerField::NotApplicable(false)));
    assert_eq!(value(&a), None);
}

#[test]
fn the_set_aside_value_belongs_to_its_own_row() {
    let (mut a, mut aside) = (Assessment::default(), SetAside::default());
    apply_with(&mut a, &mut aside, field(choice("no")));
    apply_with(&mut a, &mut aside, field(AnswerField::NotApplicable(true)));
    let other = |f| Edit::AnswerField {
        item: "B4.1".into(),
        asset: "app-2".into(),
        field: f,
    };
    apply_with(&mut a, &mut aside, other(AnswerField::NotApplicable(true)));
    apply_with(&mut a, &mut aside, other(AnswerField::NotApplicable(false)));
    assert_eq!(
        a.answer("B4.1", "app-2").and_then(|x| x.value.clone()),
        None
    );
    apply_with(&mut a, &mut aside, field(AnswerField::NotApplicable(false)));
    assert_eq!(
        a.answer("B4.1", "app-1").and_then(|x| x.value.clone()),
        Some(AnswerValue::Choice("no".into()))
    );
}

#[test]
fn an_unchanged_field_reports_no_change() {
    let (mut a, mut aside) = (Assessment::default(), SetAside::default());
    assert!(apply_with(
        &mut a,
        &mut aside,
        field(AnswerField::Exception(true))
    ));
    assert!(!apply_with(
        &mut a,
        &mut aside,
        field(AnswerField::Exception(true))
    ));
    let card = || {
        field(AnswerField::Justification {
            function: "checkin".into(),
            field: JustificationField::Reason,
            text: "防汛值守".into(),
        })
    };
    assert!(apply_with(&mut a, &mut aside, card()));
    assert!(!apply_with(&mut a, &mut aside, card()));
    assert!(apply_with(
        &mut a,
        &mut aside,
        field(AnswerField::Evidence(vec![0, 2]))
    ));
    assert!(!apply_with(
        &mut a,
        &mut aside,
        field(AnswerField::Evidence(vec![0, 2]))
    ));
    assert!(apply_with(
        &mut a,
        &mut aside,
        field(AnswerField::Deadline("2026-12-31".into()))
    ));
    let answer = a.answer("B4.1", "app-1").expect("answered");
    assert!(answer.exception);
    assert_eq!(answer.justifications["checkin"].reason, "防汛值守");
    assert_eq!(answer.deadline, "2026-12-31");
}

#[test]
fn a_finalised_draft_refuses_field_edits() {
    let (mut a, mut aside) = (Assessment::default(), SetAside::default());
    apply_with(&mut a, &mut aside, field(choice("yes")));
    a.finalisation.finalised = Some(Default::default());
    assert!(!apply_with(&mut a, &mut aside, field(choice("no"))));
    assert!(!apply_with(
        &mut a,
        &mut aside,
        field(AnswerField::NotApplicable(true))
    ));
    assert_eq!(
        a.answer("B4.1", "app-1").and_then(|x| x.value.clone()),
        Some(AnswerValue::Choice("yes".into()))
    );
}

#[test]
fn a_field_edit_of_the_value_makes_a_provisional_answer_the_units_own() {
    use fingertip_core::model::{Answer, AnswerValue};
    let mut a = fingertip_core::model::Assessment::default();
    let key: fingertip_core::model::AnswerKey = ("B1.1".into(), "app-1".into());
    a.answers.insert(
        key.clone(),
        Answer {
            value: Some(AnswerValue::Choice("yes".into())),
            provisional: true,
            ..Answer::default()
        },
    );
    let mut aside = fingertip_core::edit::SetAside::default();
    let note = fingertip_core::edit::Edit::AnswerField {
        item: key.0.clone(),
        asset: key.1.clone(),
        field: fingertip_core::edit::AnswerField::Note("看过了".into()),
    };
    assert!(fingertip_core::edit::apply_with(&mut a, &mut aside, note));
    assert!(a.answers[&key].provisional, "a note alone keeps it 待复核");
    let value = fingertip_core::edit::Edit::AnswerField {
        item: key.0.clone(),
        asset: key.1.clone(),
        field: fingertip_core::edit::AnswerField::Value(Some(AnswerValue::Choice("no".into()))),
    };
    assert!(fingertip_core::edit::apply_with(&mut a, &mut aside, value));
    assert!(
        !a.answers[&key].provisional,
        "a changed value is the unit's own"
    );
}
