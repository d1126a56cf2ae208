//! The report's answer appendix (answers as Chinese text) and its ledger (owner, deadline,
//! status, measure), on the built-in sample.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::sample::{report_of, sample};
use fingertip_core::model::{Answer, AnswerValue};
use fingertip_core::report::Report;

/// The appendix row of (item, asset label).
fn answer_text(r: &Report, item: &str, asset_label: &str) -> String {
    r.appendix
        .iter()
        .flat_map(|p| &p.rows)
        .find(|row| row.item == item && row.asset_label == asset_label)
        .map(|row| row.answer.clone())
        .unwrap_or_else(|| panic!("no appendix row {item} {asset_label}"))
}

#[test]
fn appendix_shows_answers_as_chinese_text() {
    let mut a = sample();
    a.answers.insert(
        ("D10.2".into(), "app-1".into()),
        Answer::of(AnswerValue::Never),
    );
    a.answers.insert(
        ("B5.2".into(), "app-1".into()),
        Answer::of(AnswerValue::Number(12.5)),
    );
    // No explicit filing answer: the value comes from the inventory.
    a.answers.remove(&("F1".into(), "app-2".into()));
    let r = report_of(&a);
    let (app1, app2) = ("示例县农业农村工作通", "示例县农技学习打卡");
    assert_eq!(answer_text(&r, "A1.1", "示例县农业农村局"), "是");
    assert_eq!(answer_text(&r, "A2.2", "示例县农业农村局"), "部分");
    assert_eq!(answer_text(&r, "F2", app1), "不适用(已备案并取得编号)");
    assert_eq!(answer_text(&r, "D10.2", app2), "2026-03-10");
    assert_eq!(answer_text(&r, "D10.2", app1), "从未");
    assert_eq!(answer_text(&r, "B5.2", app1), "12.5%");
    assert_eq!(answer_text(&r, "F1", app2), "未申请(据清单预填)");
    assert!(answer_text(&r, "B2.2", app2).contains("、"));
    let a11 = r.appendix[0].rows.first().expect("first row");
    assert_eq!(a11.item, "A1.1");
    assert_eq!(a11.status_label, "符合");
    assert!(!a11.note.is_empty());
    assert!(a11.evidence.starts_with("✓ "), "{}", a11.evidence);
    let parts: Vec<&str> = r.appendix.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(parts, ["A", "B", "C", "D", "E", "F"]);
}

#[test]
fn the_ledger_carries_owner_deadline_status_and_measure() {
    let r = report_of(&sample());
    let first = &r.ledger[0];
    assert_eq!(first.no, 1);
    assert_eq!(first.item, "B4.1");
    assert_eq!(first.owner, "科教股王某");
    assert_eq!(first.deadline, "2026-12-15");
    assert_eq!(first.status_label, "整改中");
    assert!(!first.measure.is_empty());
    assert!(first.basis.contains("五类禁止情形"));
    let numbers: Vec<usize> = r.ledger.iter().map(|l| l.no).collect();
    assert_eq!(numbers, (1..=r.ledger.len()).collect::<Vec<_>>());
}
