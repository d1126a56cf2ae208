//! Counts, verdicts, filing readiness and rectification rows on the small synthetic pack.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::builder::Unit;
use common::engine::*;
use common::synthetic;
use fingertip_core::engine::*;
use fingertip_core::model::*;

#[test]
fn counts_add_up_overall_per_part_and_per_article() {
    let pack = synthetic::pack();
    let a = base(&pack)
        .choice("A1", "app-1", "no")
        .choice("A1", "app-2", "partial")
        .answer("M1", "acct-1", AnswerValue::NotApplicable("已注销".into()))
        .skip("U1", "unit")
        .build();
    let eval = evaluate(&pack, &a);
    let c = eval.counts;
    assert_eq!(
        (
            c.compliant,
            c.advisory,
            c.red_line,
            c.not_applicable,
            c.unanswered
        ),
        (16, 1, 1, 1, 1)
    );
    assert_eq!(c.total(), eval.findings.len());
    assert_eq!(eval.completion_percent, 95);
    let parts: Vec<_> = eval
        .parts
        .iter()
        .map(|p| (p.id.as_str(), p.answered, p.total))
        .collect();
    assert_eq!(parts, [("X", 9, 10), ("Y", 10, 10)]);
    let articles: Vec<_> = eval
        .articles
        .iter()
        .map(|p| (p.id.as_str(), p.total))
        .collect();
    assert_eq!(articles, [("1", 6), ("2", 4), ("3", 10)]);
    assert_eq!(
        eval.parts[0].counts.red_line + eval.parts[1].counts.red_line,
        1
    );
    let targets: Vec<_> = eval
        .unanswered()
        .into_iter()
        .map(|t| (t.item.as_str(), t.asset.as_str()))
        .collect();
    assert_eq!(targets, [("U1", "unit")]);
}

#[test]
fn the_overall_verdict_puts_red_lines_before_gaps_before_advisories() {
    let pack = synthetic::pack();
    let eval = evaluate(
        &pack,
        &base(&pack)
            .choice("A1", "app-1", "no")
            .choice("M1", "app-2", "yes")
            .skip("U1", "unit")
            .build(),
    );
    assert_eq!(eval.verdict.overall, Overall::RedLines);
    assert_eq!(
        eval.verdict.reasons,
        ["存在 2 项红线问题", "尚有 1 项未作答"]
    );
    let eval = evaluate(
        &pack,
        &base(&pack)
            .choice("A1", "app-1", "partial")
            .skip("U1", "unit")
            .build(),
    );
    assert_eq!(
        (eval.verdict.overall, eval.verdict.reasons.clone()),
        (
            Overall::Incomplete,
            vec!["尚有 1 项未作答".to_string(), "有 1 项建议改进".to_string()]
        )
    );
    assert_eq!(eval.verdict.overall.label(), "自查未完成");
    let eval = evaluate(&pack, &base(&pack).choice("A1", "app-1", "partial").build());
    assert_eq!(
        (eval.verdict.overall, eval.verdict.reasons.clone()),
        (Overall::AdvisoryOnly, vec!["有 1 项建议改进".to_string()])
    );
}

fn filing(eval: &Evaluation) -> Vec<(String, Filing, Vec<String>)> {
    eval.filing
        .iter()
        .map(|f| (f.app.clone(), f.verdict, f.reasons.clone()))
        .collect()
}

fn row(app: &str, verdict: Filing, reasons: &[&str]) -> (String, Filing, Vec<String>) {
    (
        app.to_string(),
        verdict,
        reasons.iter().map(|s| s.to_string()).collect(),
    )
}

#[test]
fn filing_verdict_per_app() {
    let pack = synthetic::pack();
    let a = Unit::new(&pack)
        .app("app-1", "办公通")
        .app("app-2", "考勤通")
        .app("app-3", "填报通")
        .app("app-4", "学习通")
        .app("app-5", "问政通")
        .choice("B1.2", "app-1", "yes")
        .multi("A2", "app-2", &["checkin", "doc"])
        .skip("A1", "app-3")
        .choice("M1", "app-4", "yes")
        .choice("A1", "app-4", "partial")
        .build();
    let eval = evaluate(&pack, &a);
    assert_eq!(
        filing(&eval),
        [
            row(
                "app-1",
                Filing::NotAdvisable,
                &["B1.2 为红线:县以下单位不得自建政务应用程序"]
            ),
            row(
                "app-2",
                Filing::FixFirst,
                &["本应用存在阻断备案的红线问题:A2"]
            ),
            row("app-3", Filing::Incomplete, &["本应用尚有 1 项未作答:A1"]),
            row(
                "app-4",
                Filing::Ready,
                &[
                    "未发现阻断备案的问题",
                    "另有不阻断备案的红线问题须整改:M1",
                    "建议改进:A1"
                ]
            ),
            row("app-5", Filing::Ready, &["未发现阻断备案的问题"]),
        ]
    );
    assert_eq!(eval.filing[1].label, "考勤通");
    assert_eq!(Filing::FixFirst.label(), "整改后再提交");
}

#[test]
fn unit_level_blockers_and_township_apps() {
    let pack = synthetic::pack();
    let a = Unit::new(&pack)
        .app("app-1", "办公通")
        .choice("U1", "unit", "no")
        .build();
    assert_eq!(
        filing(&evaluate(&pack, &a)),
        [row(
            "app-1",
            Filing::FixFirst,
            &["单位层面存在阻断备案的红线问题:U1"]
        )]
    );
    let a = Unit::new(&pack)
        .app("app-1", "办公通")
        .skip("U1", "unit")
        .build();
    assert_eq!(
        filing(&evaluate(&pack, &a)),
        [row(
            "app-1",
            Filing::Incomplete,
            &["单位层面阻断备案的题目未作答:U1"]
        )]
    );
    let a = Unit::new(&pack)
        .unit("某镇政府", UnitLevel::Township)
        .app_with("app-1", "镇里通", |a| {
            a.status = AppStatus::Planned;
            a.filing = FilingStatus::NotFiled;
        })
        .app("app-2", "上级平台")
        .build();
    let eval = evaluate(&pack, &a);
    assert_eq!(eval.filing[0].verdict, Filing::NotAdvisable);
    assert_eq!(eval.filing[1].verdict, Filing::Ready);
    let a = Unit::new(&pack)
        .app("app-1", "办公通")
        .choice("B1.2", "unit", "yes")
        .build();
    assert_eq!(evaluate(&pack, &a).filing[0].verdict, Filing::NotAdvisable);
}

#[test]
fn rectification_rows_one_per_problem_red_lines_first() {
    let pack = synthetic::pack();
    let owned = Answer {
        owner: "王五".into(),
        deadline: "2026-09-30".into(),
        measure: Some("关闭打卡模块".into()),
        status: RectStatus::InProgress,
        ..Answer::of(AnswerValue::Multi(vec!["checkin".into()]))
    };
    let a = base(&pack)
        .choice("A1", "app-1", "partial")
        .with("A2", "app-2", owned)
        .build();
    let eval = evaluate(&pack, &a);
    let rows = rectification_rows(&pack, &a, &eval);
    let keys: Vec<_> = rows
        .iter()
        .map(|r| (r.no, r.item.as_str(), r.asset.as_str(), r.severity))
        .collect();
    use fingertip_core::pack::Severity;
    assert_eq!(
        keys,
        [
            (1, "A2", "app-2", Severity::RedLine),
            (2, "A1", "app-1", Severity::Advisory)
        ]
    );
    let r = &rows[0];
    assert_eq!(r.problem, "问题 A2(有打卡;缺说明)");
    assert_eq!(r.basis, "《意见》第2条(原文)");
    assert_eq!(
        (
            r.measure.as_str(),
            r.owner.as_str(),
            r.deadline.as_str(),
            r.status
        ),
        ("关闭打卡模块", "王五", "2026-09-30", RectStatus::InProgress)
    );
    assert_eq!(
        (rows[1].measure.as_str(), rows[1].asset_label.as_str()),
        ("整改 A1", "办公通")
    );
}

#[test]
fn duplicate_asset_ids_and_stray_answers_do_not_break_evaluation() {
    let pack = synthetic::pack();
    let mut a = base(&pack).app("app-1", "重名应用").build();
    a.answers
        .insert(("ZZ9".into(), "nowhere".into()), Answer::choice("yes"));
    let eval = evaluate(&pack, &a);
    assert_eq!(eval.counts.total(), eval.findings.len());
    assert_eq!(eval.filing.len(), 3);
}
