//! The built-in sample self-check (content/samples/sample-unit.json): it opens cleanly against the
//! embedded pack, is complete, and shows the red lines, advisories and 不适用 answers it was written for.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use fingertip_core::engine::{applicable_targets, evaluate, Evaluation, Filing, Overall, Status};
use fingertip_core::model::{Assessment, UNIT_ASSET};
use fingertip_core::pack::{embedded, Pack};
use fingertip_core::sample::{sample_assessment, SAMPLE_JSON};
use fingertip_core::save;

fn pack() -> &'static Pack {
    embedded().expect("the embedded pack parses")
}

fn sample() -> Assessment {
    save::parse(SAMPLE_JSON)
        .expect("the sample parses")
        .into_assessment()
}

/// (item, asset) of every finding with `status`, in evaluation order.
fn rows(eval: &Evaluation, status: Status) -> Vec<(&str, &str)> {
    eval.findings
        .iter()
        .filter(|f| f.status == status)
        .map(|f| (f.target.item.as_str(), f.target.asset.as_str()))
        .collect()
}

#[test]
fn sample_parses_and_validates_against_the_embedded_pack() {
    let file = save::parse(SAMPLE_JSON).expect("the sample parses");
    assert_eq!(file.format_version, save::FORMAT_VERSION);
    assert_eq!(file.pack_id, pack().id);
    assert_eq!(file.pack_version, pack().version);
    assert_eq!(save::validate(pack(), &file), vec![]);
    let a = file.into_assessment();
    assert!(a.profile.name.contains("示例"));
    assert_eq!(a.profile.date, "2026-11-01");
    assert_eq!(a.inventory.apps.len(), 3);
    assert_eq!(a.inventory.accounts.len(), 2);
    assert_eq!(a.inventory.groups.len(), 4);
}

#[test]
fn sample_answers_every_applicable_row_explicitly_and_nothing_else() {
    let a = sample();
    let targets = applicable_targets(pack(), &a);
    assert_eq!(a.answers.len(), targets.len());
    for t in &targets {
        let answer = a.answer(&t.item, &t.asset);
        assert!(
            answer.is_some_and(|x| x.value.is_some()),
            "{} {} has no explicit value",
            t.item,
            t.asset
        );
    }
    let eval = evaluate(pack(), &a);
    assert!(eval.findings.iter().all(|f| !f.prefilled));
}

#[test]
fn sample_is_complete_with_red_lines_advisories_and_not_applicable() {
    let eval = evaluate(pack(), &sample());
    assert_eq!(eval.counts.unanswered, 0);
    assert!(eval.unanswered().is_empty());
    assert_eq!(eval.completion_percent, 100);
    assert!(eval.counts.red_line >= 4);
    assert!(eval.counts.advisory >= 3);
    assert!(eval.counts.not_applicable >= 1);
    assert_eq!(eval.verdict.overall, Overall::RedLines);
}

#[test]
fn sample_red_lines_are_the_intended_ones() {
    let eval = evaluate(pack(), &sample());
    assert_eq!(
        rows(&eval, Status::RedLine),
        vec![
            ("B4.1", "app-2"),  // 打卡签到、积分排名
            ("B5.3", "acct-2"), // 抖音号 2026-05-20 起停更,超过全国口径两周(国办秘函〔2019〕19号)
            ("C6.4", "grp-3"),  // 每日接龙报进度
            ("C6.5", "grp-2"),  // 防汛临时群任务结束未解散
            ("C7.1", "grp-3"),  // 要求上传施工现场照片
            ("C8.2", "app-2"),  // 通报学习积分排名
            ("F1", "app-2"),    // 已上线未备案
            ("F3", "app-2"),    // 功能设置说明未排除禁止情形
            ("F7", "app-2"),    // 引导使用未备案的小程序
        ]
    );
}

#[test]
fn sample_advisories_and_not_applicable_are_the_intended_ones() {
    let eval = evaluate(pack(), &sample());
    assert_eq!(
        rows(&eval, Status::Advisory),
        vec![
            ("A2.2", UNIT_ASSET),
            ("B1.1", "app-2"),
            ("B2.1", "app-2"),
            ("B2.2", "app-2"),
            ("B3.4", "app-2"), // 与省厅“农技云课堂”同类,尚未整合
            ("B5.1", "app-2"),
            ("C6.1", "app-2"),
            ("D10.5", "app-2"), // 未做等级保护测评
            ("D10.6", "app-2"), // 只核查了个人信息保护
            ("D11.2", "grp-2"),
            ("E12.1", "acct-2"),
            ("F2", "app-2"),
            ("F7", "app-1"),
        ]
    );
    assert_eq!(
        rows(&eval, Status::NotApplicable),
        vec![
            ("C7.3", "app-2"),
            ("C9.2", "app-2"),
            ("F2", "app-1"),
            ("F4", "app-1"),
            ("F4", "app-2"),
            ("F6", "app-2"),
        ]
    );
    for f in eval
        .findings
        .iter()
        .filter(|f| f.status == Status::NotApplicable)
    {
        assert!(
            f.reasons.iter().any(|r| r.starts_with("不适用:")),
            "{} {} has no 不适用 reason",
            f.target.item,
            f.target.asset
        );
    }
}

#[test]
fn every_sample_problem_has_an_owner_and_a_deadline_in_the_window() {
    let a = sample();
    let eval = evaluate(pack(), &a);
    for f in eval.findings.iter().filter(|f| f.severity().is_some()) {
        let answer = a.answer(&f.target.item, &f.target.asset).expect("answered");
        assert!(
            !answer.owner.trim().is_empty(),
            "{} {} has no 责任人",
            f.target.item,
            f.target.asset
        );
        assert!(
            answer.deadline.starts_with("2026-12-") || answer.deadline.starts_with("2027-01-"),
            "{} {} deadline {:?}",
            f.target.item,
            f.target.asset,
            answer.deadline
        );
    }
    assert!(a.answers.values().any(|x| !x.note.is_empty()));
    assert!(a.answers.values().any(|x| !x.evidence.is_empty()));
}

#[test]
fn sample_filing_verdicts() {
    let eval = evaluate(pack(), &sample());
    let verdicts: Vec<(&str, Filing)> = eval
        .filing
        .iter()
        .map(|f| (f.app.as_str(), f.verdict))
        .collect();
    assert_eq!(
        verdicts,
        // app-3 is only used (hosted by the province): its host files it.
        vec![("app-1", Filing::Filed), ("app-2", Filing::FixFirst)]
    );
    let unfiled = &eval.filing[1];
    assert_eq!(unfiled.verdict.label(), "整改后再提交");
    assert_eq!(
        unfiled.reasons,
        vec!["本应用存在阻断备案的红线问题:B4.1、C8.2、F1、F3、F7".to_string()]
    );
}

#[test]
fn sample_assessment_sets_id_and_timestamps() {
    let now = "2026-11-02T08:15:00Z";
    let a = sample_assessment("draft-42", now).expect("the sample parses");
    assert_eq!(a.id, "draft-42");
    assert_eq!(a.created, now);
    assert_eq!(a.updated, now);
    let original = sample();
    assert_eq!(a.profile, original.profile);
    assert_eq!(a.inventory, original.inventory);
    assert_eq!(a.answers, original.answers);
    assert_eq!(a.parameters, original.parameters);
}
