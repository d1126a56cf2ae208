//! Re-evaluation after an edit (`engine::reevaluate`, judging only the rows the edit can affect)
//! always equals a full evaluation, and the stored text rebuilt from cached pieces
//! (`save::StoredText`) always equals the plain one: random units, random sequences of the edits
//! the pages send.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::random_unit::{assessment, pack, raw, value, DATES};
use fingertip_core::edit::{
    apply_with, AccountField, AnswerField, AppField, Edit, GroupField, ProfileField, SetAside,
};
use fingertip_core::engine::{applicable_targets, evaluate, reevaluate, Touched};
use fingertip_core::model::*;
use fingertip_core::save::{to_stored_json, StoredText};
use proptest::prelude::*;

/// An edit, with its target chosen modulo the unit's rows or assets when it is applied.
#[derive(Debug, Clone)]
enum Step {
    Value(usize, Option<AnswerValue>),
    NotApplicable(usize, bool),
    Exception(usize, bool),
    Note(usize),
    /// An answer to an item the unit is not asked (no row).
    Stray(Option<AnswerValue>),
    AppStatus(usize, AppStatus),
    AppAudience(usize, AppAudience),
    AppRole(usize, AppRole),
    AppFiling(usize, FilingStatus),
    AppName(usize, &'static str),
    AccountPlatform(usize, &'static str),
    AccountUpdate(usize, &'static str),
    GroupKind(usize, GroupKind),
    GroupEnded(usize, bool),
    GroupEnd(usize, &'static str),
    Date(&'static str),
    UnitName(&'static str),
    Level(UnitLevel),
    Assessor,
    Purpose(Purpose),
    Addressee,
}

fn step() -> impl Strategy<Value = Step> {
    let n = any::<usize>;
    let pick = |xs: &'static [&'static str]| proptest::sample::select(xs);
    prop_oneof![
        4 => (n(), prop::option::of(value())).prop_map(|(i, v)| Step::Value(i, v)),
        1 => (n(), any::<bool>()).prop_map(|(i, b)| Step::NotApplicable(i, b)),
        1 => (n(), any::<bool>()).prop_map(|(i, b)| Step::Exception(i, b)),
        1 => n().prop_map(Step::Note),
        1 => prop::option::of(value()).prop_map(Step::Stray),
        1 => (n(), proptest::sample::select(&AppStatus::ALL)).prop_map(|(i, x)| Step::AppStatus(i, x)),
        1 => (n(), proptest::sample::select(&AppAudience::ALL)).prop_map(|(i, x)| Step::AppAudience(i, x)),
        1 => (n(), proptest::sample::select(&AppRole::ALL)).prop_map(|(i, x)| Step::AppRole(i, x)),
        1 => (n(), proptest::sample::select(&FilingStatus::ALL)).prop_map(|(i, x)| Step::AppFiling(i, x)),
        1 => (n(), pick(&["改名应用", "", "应用"])).prop_map(|(i, x)| Step::AppName(i, x)),
        1 => (n(), pick(&["微信公众号", "抖音", ""])).prop_map(|(i, x)| Step::AccountPlatform(i, x)),
        1 => (n(), pick(&DATES)).prop_map(|(i, x)| Step::AccountUpdate(i, x)),
        1 => (n(), proptest::sample::select(&GroupKind::ALL)).prop_map(|(i, x)| Step::GroupKind(i, x)),
        1 => (n(), any::<bool>()).prop_map(|(i, b)| Step::GroupEnded(i, b)),
        1 => (n(), pick(&DATES)).prop_map(|(i, x)| Step::GroupEnd(i, x)),
        1 => pick(&DATES).prop_map(Step::Date),
        1 => pick(&["改名单位", "", "随机单位"]).prop_map(Step::UnitName),
        1 => proptest::sample::select(&UnitLevel::ALL).prop_map(Step::Level),
        1 => Just(Step::Assessor),
        1 => proptest::sample::select(&Purpose::ALL).prop_map(Step::Purpose),
        1 => Just(Step::Addressee),
    ]
}

/// The edit `step` stands for on `a`, or `None` when `a` has nothing it could apply to.
fn edit(a: &Assessment, step: Step) -> Option<Edit> {
    let targets = applicable_targets(pack(), a);
    let row = |i: usize| targets.get(i % targets.len().max(1));
    let answer = |i: usize, field: AnswerField| {
        row(i).map(|t| Edit::AnswerField {
            item: t.item.clone(),
            asset: t.asset.clone(),
            field,
        })
    };
    let inv = &a.inventory;
    let asset = |ids: Vec<&AssetId>, i: usize, field: fingertip_core::edit::AssetField| {
        (!ids.is_empty()).then(|| Edit::AssetField {
            id: ids[i % ids.len()].clone(),
            field,
        })
    };
    let apps = || inv.apps.iter().map(|x| &x.id).collect::<Vec<_>>();
    let accounts = || inv.accounts.iter().map(|x| &x.id).collect::<Vec<_>>();
    let groups = || inv.groups.iter().map(|x| &x.id).collect::<Vec<_>>();
    match step {
        Step::Value(i, v) => answer(i, AnswerField::Value(v)),
        Step::NotApplicable(i, b) => answer(i, AnswerField::NotApplicable(b)),
        Step::Exception(i, b) => answer(i, AnswerField::Exception(b)),
        Step::Note(i) => answer(i, AnswerField::Note("备注".into())),
        Step::Stray(v) => Some(Edit::AnswerField {
            item: "ZZ9".into(),
            asset: "unit".into(),
            field: AnswerField::Value(v),
        }),
        Step::AppStatus(i, x) => asset(apps(), i, AppField::Status(x).into()),
        Step::AppAudience(i, x) => asset(apps(), i, AppField::Audience(x).into()),
        Step::AppRole(i, x) => asset(apps(), i, AppField::Role(x).into()),
        Step::AppFiling(i, x) => asset(apps(), i, AppField::Filing(x).into()),
        Step::AppName(i, x) => asset(apps(), i, AppField::Name(x.into()).into()),
        Step::AccountPlatform(i, x) => {
            asset(accounts(), i, AccountField::Platform(x.into()).into())
        }
        Step::AccountUpdate(i, x) => {
            asset(accounts(), i, AccountField::LastUpdate(x.into()).into())
        }
        Step::GroupKind(i, x) => asset(groups(), i, GroupField::Kind(x).into()),
        Step::GroupEnded(i, b) => asset(groups(), i, GroupField::TaskEnded(b).into()),
        Step::GroupEnd(i, x) => asset(groups(), i, GroupField::TaskEnd(x.into()).into()),
        Step::Date(d) => Some(Edit::ProfileField(ProfileField::Date(d.into()))),
        Step::UnitName(x) => Some(Edit::ProfileField(ProfileField::Name(x.into()))),
        Step::Level(x) => Some(Edit::ProfileField(ProfileField::Level(x))),
        Step::Assessor => Some(Edit::ProfileField(ProfileField::Assessor("李四".into()))),
        Step::Purpose(x) => Some(Edit::ProfileField(ProfileField::Purpose(x))),
        Step::Addressee => Some(Edit::Addressee("上级主管部门".into())),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn reevaluation_after_each_edit_equals_a_full_evaluation(
        raw in raw(),
        steps in prop::collection::vec(step(), 1..40),
    ) {
        let mut a = assessment(raw);
        let mut aside = SetAside::default();
        let mut eval = evaluate(pack(), &a);
        for s in steps {
            let Some(e) = edit(&a, s) else { continue };
            let touched = e.touches();
            if !apply_with(&mut a, &mut aside, e.clone()) {
                continue;
            }
            eval = reevaluate(pack(), &a, &eval, &touched);
            prop_assert_eq!(&eval, &evaluate(pack(), &a), "after {:?}", e);
        }
    }

    #[test]
    fn the_stored_text_after_each_edit_equals_the_plain_one(
        raw in raw(),
        steps in prop::collection::vec(step(), 1..40),
    ) {
        let mut a = assessment(raw);
        let mut aside = SetAside::default();
        let mut text = StoredText::new();
        prop_assert_eq!(text.text(pack(), &a), to_stored_json(pack(), &a));
        for s in steps {
            let Some(e) = edit(&a, s) else { continue };
            // As the app does: the edit changes a copy, the state before it stays alive.
            let before = a.clone();
            if !apply_with(&mut a, &mut aside, e.clone()) {
                continue;
            }
            prop_assert_eq!(text.text(pack(), &a), to_stored_json(pack(), &a), "after {:?}", e);
            drop(before);
        }
    }
}

/// Each kind of edit says what it touches: one row, one asset, nothing, or everything.
#[test]
fn edits_say_what_they_touch() {
    let row = Edit::AnswerField {
        item: "B4.1".into(),
        asset: "app-1".into(),
        field: AnswerField::Note("x".into()),
    };
    assert_eq!(
        row.touches(),
        Touched::Row {
            item: "B4.1".into(),
            asset: "app-1".into()
        }
    );
    let asset = Edit::AssetField {
        id: "grp-2".into(),
        field: GroupField::Name("群".into()).into(),
    };
    assert_eq!(asset.touches(), Touched::Asset("grp-2".into()));
    assert_eq!(Edit::Addressee("x".into()).touches(), Touched::Nothing);
    assert_eq!(
        Edit::ProfileField(ProfileField::Date("2026-01-01".into())).touches(),
        Touched::Everything
    );
}

/// A previous evaluation that does not line up with the assessment (here: of another unit) is
/// not trusted: the result is still the full evaluation.
#[test]
fn a_previous_evaluation_that_does_not_line_up_falls_back_to_a_full_one() {
    let mut u = common::builder::Unit::new(pack())
        .unit("某县融媒体中心", UnitLevel::County)
        .date("2026-11-20");
    for i in 1..=3 {
        u = u.app(&format!("app-{i}"), &format!("应用{i}"));
    }
    let a = u.build();
    let other = common::builder::Unit::new(pack())
        .unit("别的单位", UnitLevel::City)
        .build();
    let stale = evaluate(pack(), &other);
    let full = evaluate(pack(), &a);
    assert_eq!(
        reevaluate(pack(), &a, &stale, &Touched::Asset("app-2".into())),
        full
    );
}
