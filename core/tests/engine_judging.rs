//! Judging on the small synthetic pack: every condition, `only` filter, parameter, date rule,
//! prefill and the exception, one behaviour per test.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::builder::Unit;
use common::engine::*;
use common::{finding, synthetic};
use fingertip_core::engine::*;
use fingertip_core::model::*;

#[test]
fn no_value_wrong_kind_and_not_applicable() {
    let pack = synthetic::pack();
    let a = base(&pack).build();
    let j = |v| judge_on(&pack, &a, "A1", "app-1", v, false);
    assert_eq!(j(None).status, Status::Unanswered);
    assert_eq!(j(choice("maybe")).status, Status::Unanswered);
    assert_eq!(j(Some(AnswerValue::Number(1.0))).status, Status::Unanswered);
    let na = j(Some(AnswerValue::NotApplicable("无此功能".into())));
    assert_eq!(
        (na.status, na.reasons),
        (Status::NotApplicable, vec!["不适用:无此功能".to_string()])
    );
    assert_eq!(j(choice("yes")).status, Status::Compliant);
    assert_eq!(j(choice("partial")).status, Status::Advisory);
    let red = j(choice("no"));
    assert_eq!(
        (red.status, red.reasons),
        (Status::RedLine, vec!["选了no".to_string()])
    );
}

#[test]
fn the_worst_firing_rule_decides_and_all_reasons_are_kept() {
    let pack = synthetic::pack();
    let a = base(&pack).build();
    let multi = |v: &[&str]| {
        Some(AnswerValue::Multi(
            v.iter().map(|s| s.to_string()).collect(),
        ))
    };
    let j = judge_on(&pack, &a, "A2", "app-1", multi(&["checkin"]), false);
    assert_eq!(j.status, Status::RedLine);
    assert_eq!(j.reasons, ["有打卡", "缺说明"]);
    assert_eq!(
        judge_on(&pack, &a, "A2", "app-1", multi(&["none"]), false).status,
        Status::Advisory
    );
    assert_eq!(
        judge_on(&pack, &a, "A2", "app-1", multi(&["doc", "none"]), false).status,
        Status::Compliant
    );
    assert_eq!(
        judge_on(&pack, &a, "A2", "app-1", multi(&["bogus"]), false).status,
        Status::Unanswered
    );
}

#[test]
fn a_claimed_exception_lowers_a_red_line_only_where_the_item_has_one() {
    let pack = synthetic::pack();
    let a = base(&pack).build();
    let checkin = Some(AnswerValue::Multi(vec!["checkin".into(), "doc".into()]));
    let j = judge_on(&pack, &a, "A2", "app-1", checkin, true);
    assert_eq!(j.status, Status::Advisory);
    assert!(j.exception_applied);
    assert_eq!(
        j.reasons,
        ["有打卡", "已声明例外“安保应急”,例外说明完整,红线降为建议"]
    );
    let no_exception = judge_on(&pack, &a, "A1", "app-1", choice("no"), true);
    assert_eq!(
        (no_exception.status, no_exception.exception_applied),
        (Status::RedLine, false)
    );
    let advisory = judge_on(
        &pack,
        &a,
        "A2",
        "app-1",
        Some(AnswerValue::Multi(vec![])),
        true,
    );
    assert_eq!(
        (advisory.status, advisory.exception_applied),
        (Status::Advisory, false)
    );
}

#[test]
fn rules_with_a_non_matching_only_filter_are_skipped() {
    let pack = synthetic::pack();
    let a = base(&pack).build();
    let n = |x| Some(AnswerValue::Number(x));
    assert_eq!(
        judge_on(&pack, &a, "A3", "app-1", n(3.0), false).status,
        Status::Compliant
    );
    assert_eq!(
        judge_on(&pack, &a, "A3", "app-2", n(3.0), false).status,
        Status::RedLine
    );
    assert_eq!(
        judge_on(&pack, &a, "A3", "app-1", n(6.0), false).status,
        Status::Advisory
    );
    assert_eq!(
        judge_on(&pack, &a, "A3", "app-1", n(-1.0), false).status,
        Status::Unanswered
    );
}

#[test]
fn parameter_overrides_beat_pack_defaults() {
    let pack = synthetic::pack();
    let a = base(&pack).number("A3", "app-2", 3.0).build();
    assert_eq!(
        finding(&evaluate(&pack, &a), "A3", "app-2").status,
        Status::RedLine
    );
    let a = base(&pack)
        .number("A3", "app-2", 3.0)
        .param("max", 4.0)
        .build();
    assert_eq!(
        finding(&evaluate(&pack, &a), "A3", "app-2").status,
        Status::Compliant
    );
}

#[test]
fn older_than_days_counts_from_the_profile_date() {
    let pack = synthetic::pack();
    let a = base(&pack).build();
    let d = |s: &str| Some(AnswerValue::Date(s.into()));
    // 2026-04-01 is 90 days before 2026-06-30; 2026-03-31 is 91.
    assert_eq!(
        judge_on(&pack, &a, "C1", "acct-1", d("2026-04-01"), false).status,
        Status::Compliant
    );
    assert_eq!(
        judge_on(&pack, &a, "C1", "acct-1", d("2026-03-31"), false).status,
        Status::Advisory
    );
    assert_eq!(
        judge_on(&pack, &a, "C1", "acct-1", Some(AnswerValue::Never), false).status,
        Status::RedLine
    );
    assert_eq!(
        judge_on(&pack, &a, "C1", "acct-1", d("2026-02-30"), false).status,
        Status::Unanswered
    );
    // Without a valid assessment date a date rule cannot pass: the row is 无法判断, never 符合.
    let undated = base(&pack).date("not a date").build();
    let j = judge_on(&pack, &undated, "C1", "acct-1", d("2020-01-01"), false);
    assert_eq!(j.status, Status::Undetermined);
    assert_eq!(j.reasons, [MISSING_DATE_REASON]);
    // …but a rule that needs no date still fires.
    assert_eq!(
        judge_on(
            &pack,
            &undated,
            "C1",
            "acct-1",
            Some(AnswerValue::Never),
            false
        )
        .status,
        Status::RedLine
    );
    let silent = base(&pack).param("silent", 200.0).build();
    assert_eq!(
        judge_on(&pack, &silent, "C1", "acct-1", d("2026-01-01"), false).status,
        Status::Compliant
    );
}

#[test]
fn the_inventory_prefills_unanswered_rows() {
    let pack = synthetic::pack();
    let a = Unit::new(&pack)
        .app_with("app-1", "办公通", |a| a.filing = FilingStatus::NotFiled)
        .app_with("app-2", "新平台", |a| a.filing = FilingStatus::Applying)
        .account("acct-1", "微信公众号", "某市发布", "2026-01-05")
        .account("acct-2", "微信公众号", "某市服务", "")
        .account("acct-3", "微信公众号", "某市文旅", "2026-06-01")
        .group("grp-1", "专班群", GroupKind::Temporary, true)
        .skip("C1", "acct-2")
        .build();
    let eval = evaluate(&pack, &a);
    let status = |i, s| {
        let f = finding(&eval, i, s);
        (f.status, f.prefilled)
    };
    assert_eq!(status("C1", "acct-1"), (Status::Advisory, true));
    assert_eq!(status("C1", "acct-2"), (Status::Unanswered, false));
    assert_eq!(status("C1", "acct-3"), (Status::Compliant, true));
    assert_eq!(status("G1", "grp-1"), (Status::RedLine, true));
    assert_eq!(status("F1", "app-1"), (Status::RedLine, true));
    assert_eq!(status("F1", "app-2"), (Status::Compliant, true));
    assert_eq!(status("N1", "unit"), (Status::Advisory, true));
}

#[test]
fn an_explicit_value_beats_the_prefill_but_notes_alone_do_not() {
    let pack = synthetic::pack();
    let noted = Answer {
        note: "在核实".into(),
        ..Answer::default()
    };
    let a = Unit::new(&pack)
        .app_with("app-1", "办公通", |a| a.filing = FilingStatus::NotFiled)
        .app_with("app-2", "新平台", |a| a.filing = FilingStatus::NotFiled)
        .choice("F1", "app-1", "filed")
        .with("F1", "app-2", noted)
        .build();
    let eval = evaluate(&pack, &a);
    let f1 = finding(&eval, "F1", "app-1");
    assert_eq!((f1.status, f1.prefilled), (Status::Compliant, false));
    let f2 = finding(&eval, "F1", "app-2");
    assert_eq!((f2.status, f2.prefilled), (Status::RedLine, true));
    let direct = effective_value(
        pack.item("F1").expect("F1"),
        AssetRef::App(&a.inventory.apps[1]),
        a.answer("F1", "app-2"),
        &a.inventory,
    );
    assert_eq!(
        direct,
        (Some(AnswerValue::Choice("not_filed".into())), true)
    );
}
