//! Pack 1.1.0, exceptions and dates: the situations a careful unit described where the 1.0.0
//! verdict could not be relied on, each with its opposite. Every scenario goes through the
//! saved-file format (saved, parsed, validated) before it is judged, and asserts the finding,
//! its severity, its basis and its confidence tag.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::builder::Unit;
use common::engine::full_card;
use common::finding;
use common::scenario::*;
use fingertip_core::engine::{Filing, Overall, Status};
use fingertip_core::model::*;
use fingertip_core::pack::Confidence;
use fingertip_core::save::{parse, to_json, validate, IssueKind};
use Status::{Advisory, Compliant, RedLine, Undetermined};

fn checkin_app(a: Answer) -> Assessment {
    Unit::new(pack())
        .unit("某市公安局", UnitLevel::City)
        .app("app-1", "安保勤务")
        .with("B4.1", "app-1", a)
        .build()
}

fn checkin(exception: bool) -> Answer {
    Answer {
        exception,
        ..Answer::of(AnswerValue::Multi(vec!["checkin".into()]))
    }
}

#[test]
fn ticking_the_exception_without_a_justification_does_not_clear_the_red_line() {
    let eval = judged(&checkin_app(checkin(true)));
    let f = finding(&eval, "B4.1", "app-1");
    assert_eq!(f.status, RedLine);
    assert!(!f.exception_applied);
    assert!(
        f.reasons
            .iter()
            .any(|r| r.contains("打卡签到:未填写例外说明")),
        "{:?}",
        f.reasons
    );
    assert_eq!(
        cites(f),
        [
            ("opinion", Confidence::Original),
            ("measures", Confidence::Original)
        ]
    );
    assert_eq!(eval.filing[0].verdict, Filing::FixFirst);
    assert_eq!(eval.verdict.overall, Overall::RedLines);
}

#[test]
fn an_incomplete_or_expired_card_names_what_is_missing_and_the_red_line_stands() {
    let mut a = checkin(true);
    let mut card = full_card();
    card.document.clear();
    card.audience = " ".into();
    a.justifications.insert("checkin".into(), card);
    let eval = judged(&checkin_app(a));
    let f = finding(&eval, "B4.1", "app-1");
    assert_eq!(f.status, RedLine);
    assert!(
        f.reasons
            .iter()
            .any(|r| r.contains("打卡签到:例外说明缺少依据文件、适用人群")),
        "{:?}",
        f.reasons
    );
    let mut a = checkin(true);
    let mut card = full_card();
    card.end = "2026-05-31".into(); // before the assessment date 2026-06-30
    a.justifications.insert("checkin".into(), card);
    let f = finding(&judged(&checkin_app(a)), "B4.1", "app-1").clone();
    assert_eq!(f.status, RedLine);
    assert!(
        f.reasons
            .iter()
            .any(|r| r.contains("期限已于 2026-05-31 届满")),
        "{:?}",
        f.reasons
    );
}

#[test]
fn a_complete_justification_lowers_b4_1_to_an_advisory() {
    let mut a = checkin(true);
    a.justifications.insert("checkin".into(), full_card());
    let eval = judged(&checkin_app(a));
    let f = finding(&eval, "B4.1", "app-1");
    assert_eq!(f.status, Advisory);
    assert!(f.exception_applied);
    assert_eq!(eval.filing[0].verdict, Filing::Ready);
    // Two functions claimed, one card: the red line stands for the other.
    let mut two = Answer {
        exception: true,
        ..Answer::of(AnswerValue::Multi(vec!["checkin".into(), "ranking".into()]))
    };
    two.justifications.insert("checkin".into(), full_card());
    let f = finding(&judged(&checkin_app(two)), "B4.1", "app-1").clone();
    assert_eq!(f.status, RedLine);
    assert!(
        f.reasons
            .iter()
            .any(|r| r.contains("积分排名:未填写例外说明")),
        "{:?}",
        f.reasons
    );
}

#[test]
fn without_a_claim_no_justification_question_is_asked() {
    let eval = judged(&checkin_app(checkin(false)));
    assert!(pack().item("B4.2").is_none(), "B4.2 is retired");
    assert!(eval.findings.iter().all(|f| f.target.item != "B4.2"));
    let f = finding(&eval, "B4.1", "app-1");
    assert_eq!(f.status, RedLine);
    assert!(
        !f.reasons.iter().any(|r| r.contains("例外")),
        "nothing said about a claim never made: {:?}",
        f.reasons
    );
}

#[test]
fn c7_1_upload_exception_needs_its_card_too() {
    let upload = |card: Option<Justification>| {
        let mut a = Answer {
            exception: true,
            ..Answer::choice("yes")
        };
        if let Some(c) = card {
            a.justifications.insert("upload".into(), c);
        }
        Unit::new(pack())
            .app("app-1", "执法通")
            .with("C7.1", "app-1", a)
            .build()
    };
    let f = finding(&judged(&upload(None)), "C7.1", "app-1").clone();
    assert_eq!(f.status, RedLine);
    let f = finding(&judged(&upload(Some(full_card()))), "C7.1", "app-1").clone();
    assert_eq!((f.status, f.exception_applied), (Advisory, true));
}

/// A unit answered in full, then with its assessment date replaced by `date`.
fn dated_unit(date: &str) -> Assessment {
    let mut a = Unit::new(pack())
        .app("app-1", "办公通")
        .account("acct-1", "微信公众号", "某市发布", "2025-03-01")
        .answer("D10.2", "app-1", AnswerValue::Date("2019-05-01".into()))
        .build();
    a.profile.date = date.into();
    a
}

#[test]
fn an_empty_assessment_date_cannot_pass_date_rules() {
    let a = dated_unit("");
    let eval = judged(&a);
    for (item, asset) in [("D10.2", "app-1"), ("B5.3", "acct-1")] {
        let f = finding(&eval, item, asset);
        assert_eq!(f.status, Undetermined, "{item}");
        assert!(f.reasons[0].contains("单位信息"), "{:?}", f.reasons);
    }
    assert_eq!(eval.verdict.overall, Overall::Incomplete);
    assert!(eval.verdict.reasons.iter().any(|r| r.contains("自查日期")));
    let file = parse(&to_json(pack(), &a)).expect("parses");
    let issues = validate(pack(), &file);
    let missing: Vec<&str> = issues
        .iter()
        .filter(|i| i.kind == IssueKind::MissingDate)
        .map(|i| i.field.as_str())
        .collect();
    assert_eq!(missing, ["assessment.profile.date"]);
    // An invalid date is treated the same.
    assert_eq!(
        judged(&dated_unit("2026-02-30")).verdict.overall,
        Overall::Incomplete
    );
}

#[test]
fn with_its_date_the_same_unit_is_judged() {
    let eval = judged(&dated_unit("2026-06-30"));
    let d102 = finding(&eval, "D10.2", "app-1");
    assert_eq!(d102.status, Advisory, "a 2019 check is overdue");
    let b53 = finding(&eval, "B5.3", "acct-1");
    assert_eq!(b53.status, RedLine, "silent since 2025-03");
    assert!(eval.findings.iter().all(|f| f.status != Undetermined));
}

#[test]
fn a_date_after_the_assessment_or_before_the_account_opened_is_flagged() {
    let a = Unit::new(pack())
        .account("acct-1", "微信公众号", "某市发布", "2026-08-01")
        .build();
    let f = finding(&judged(&a), "B5.3", "acct-1").clone();
    assert_eq!(f.status, Undetermined);
    assert!(f.reasons[0].contains("晚于自查日期"), "{:?}", f.reasons);
    let a = Unit::new(pack())
        .account("acct-1", "微信公众号", "某市发布", "2026-06-20")
        .edit(|a| a.inventory.accounts[0].opened = "2026-06-25".into())
        .build();
    let f = finding(&judged(&a), "B5.3", "acct-1").clone();
    assert_eq!(f.status, Undetermined);
    assert!(
        f.reasons[0].contains("早于该账号的开通日期"),
        "{:?}",
        f.reasons
    );
    let issues = validate(pack(), &parse(&to_json(pack(), &a)).expect("parses"));
    assert!(issues.iter().any(|i| i.kind == IssueKind::ImplausibleDate));
    // A planned task end after the assessment date is fine.
    let g = Unit::new(pack())
        .group("grp-1", "专班群", GroupKind::Temporary, false)
        .edit(|a| a.inventory.groups[0].task_end = "2026-09-30".into())
        .build();
    assert_eq!(finding(&judged(&g), "C6.6", "grp-1").status, Compliant);
}
