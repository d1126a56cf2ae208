//! Realistic units against the embedded pack: each scenario states only what differs from a
//! compliant unit and asserts the exact problems, severities and verdicts.

mod common;

use common::builder::Unit;
use common::{expect, problems};
use fingertip_core::engine::{evaluate, rectification_rows, Evaluation, Filing, Overall, Status};
use fingertip_core::model::*;
use fingertip_core::pack::{embedded, Pack, Severity};

use Status::{Advisory, RedLine, Unanswered};

fn pack() -> &'static Pack {
    embedded().expect("the embedded pack parses")
}

fn verdict(eval: &Evaluation) -> (Overall, Vec<&str>) {
    (
        eval.verdict.overall,
        eval.verdict.reasons.iter().map(String::as_str).collect(),
    )
}

fn filing(eval: &Evaluation) -> Vec<(&str, Filing, Vec<&str>)> {
    eval.filing
        .iter()
        .map(|f| {
            (
                f.app.as_str(),
                f.verdict,
                f.reasons.iter().map(String::as_str).collect(),
            )
        })
        .collect()
}

fn finding<'e>(
    eval: &'e Evaluation,
    item: &str,
    asset: &str,
) -> &'e fingertip_core::engine::Finding {
    eval.findings
        .iter()
        .find(|f| f.target.item == item && f.target.asset == asset)
        .expect("finding exists")
}

#[test]
fn township_unit_planning_its_own_app() {
    let a = Unit::new(pack())
        .unit("某镇人民政府", UnitLevel::Township)
        .app_with("app-1", "镇村通", |a| {
            a.status = AppStatus::Planned;
            a.filing = FilingStatus::NotFiled;
        })
        .choice("B1.2", UNIT_ASSET, "yes")
        .build();
    let eval = evaluate(pack(), &a);
    assert_eq!(
        problems(&eval),
        expect(&[("B1.2", "unit", RedLine), ("F1", "app-1", Advisory)])
    );
    assert!(finding(&eval, "F1", "app-1").prefilled);
    assert_eq!(
        verdict(&eval),
        (
            Overall::RedLines,
            vec!["存在 1 项红线问题", "有 1 项建议改进"]
        )
    );
    assert_eq!(
        filing(&eval),
        [(
            "app-1",
            Filing::NotAdvisable,
            vec![
                "本单位为乡镇及以下单位,原则上不得开发建设政务应用程序,宜使用上级统建平台",
                "B1.2 为红线:县以下单位不得自建政务应用程序",
            ]
        )]
    );
}

#[test]
fn county_with_five_overlapping_apps_and_repeated_data_entry() {
    let a = Unit::new(pack())
        .unit("某县农业农村局", UnitLevel::County)
        .app("app-1", "农情通")
        .app("app-2", "三农填报")
        .app("app-3", "乡村振兴一张图")
        .app("app-4", "防返贫监测")
        .app("app-5", "农技服务")
        .number("B3.3", UNIT_ASSET, 2.0)
        .multi("B2.2", "app-4", &["plan_fit", "synergy", "data_sharing"])
        .choice("C9.1", UNIT_ASSET, "yes")
        .choice("C9.1", "app-2", "yes")
        .choice("C9.1", "app-3", "partial")
        .choice("C9.2", "app-2", "no")
        .choice("C9.2", "app-3", "no")
        .build();
    let eval = evaluate(pack(), &a);
    assert_eq!(
        problems(&eval),
        expect(&[
            ("B2.2", "app-4", RedLine),
            ("B3.3", "unit", Advisory),
            ("C9.1", "unit", RedLine),
            ("C9.1", "app-2", RedLine),
            ("C9.1", "app-3", RedLine),
            ("C9.2", "app-2", Advisory),
            ("C9.2", "app-3", Advisory),
        ])
    );
    assert_eq!(
        verdict(&eval),
        (
            Overall::RedLines,
            vec!["存在 4 项红线问题", "有 3 项建议改进"]
        )
    );
    let unit_line = "单位层面存在阻断备案的红线问题:C9.1";
    assert_eq!(
        filing(&eval),
        [
            ("app-1", Filing::FixFirst, vec![unit_line]),
            (
                "app-2",
                Filing::FixFirst,
                vec!["本应用存在阻断备案的红线问题:C9.1", unit_line]
            ),
            (
                "app-3",
                Filing::FixFirst,
                vec!["本应用存在阻断备案的红线问题:C9.1", unit_line]
            ),
            (
                "app-4",
                Filing::FixFirst,
                vec!["本应用存在阻断备案的红线问题:B2.2", unit_line]
            ),
            ("app-5", Filing::FixFirst, vec![unit_line]),
        ]
    );
    let rows = rectification_rows(pack(), &a, &eval);
    let order: Vec<_> = rows
        .iter()
        .map(|r| (r.no, r.item.as_str(), r.asset.as_str()))
        .collect();
    assert_eq!(
        order,
        [
            (1, "B2.2", "app-4"),
            (2, "C9.1", "unit"),
            (3, "C9.1", "app-2"),
            (4, "C9.1", "app-3"),
            (5, "B3.3", "unit"),
            (6, "C9.2", "app-2"),
            (7, "C9.2", "app-3"),
        ]
    );
}

#[test]
fn work_group_demanding_instant_jielong_and_photos_of_site_work() {
    let a = Unit::new(pack())
        .unit("某街道办事处", UnitLevel::Township)
        .group("grp-1", "网格员工作群", GroupKind::Standing, false)
        .group("grp-2", "防汛值班群", GroupKind::Temporary, false)
        .choice("C6.4", "grp-1", "yes")
        .choice("C7.1", "grp-1", "yes")
        .build();
    let eval = evaluate(pack(), &a);
    assert_eq!(
        problems(&eval),
        expect(&[("C6.4", "grp-1", RedLine), ("C7.1", "grp-1", RedLine)])
    );
    assert_eq!(
        verdict(&eval),
        (Overall::RedLines, vec!["存在 2 项红线问题"])
    );
    assert!(eval.filing.is_empty());
    let rows = rectification_rows(pack(), &a, &eval);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].asset_label, "网格员工作群(微信)");
    assert!(rows.iter().all(|r| r.severity == Severity::RedLine));
}

#[test]
fn public_account_silent_for_three_months() {
    let a = Unit::new(pack())
        .account("acct-1", "微信公众号", "某市司法局", "2026-03-20")
        .account("acct-2", "抖音", "某市普法", "2026-06-25")
        .build();
    let eval = evaluate(pack(), &a);
    assert_eq!(problems(&eval), expect(&[("B5.3", "acct-1", Advisory)]));
    let f = finding(&eval, "B5.3", "acct-1");
    assert!(f.prefilled);
    assert!(finding(&eval, "B5.3", "acct-2").prefilled);
    assert_eq!(
        verdict(&eval),
        (Overall::AdvisoryOnly, vec!["有 1 项建议改进"])
    );
}

#[test]
fn app_online_but_not_filed() {
    let a = Unit::new(pack())
        .app_with("app-1", "智慧办公", |a| {
            a.filing = FilingStatus::NotFiled;
            a.filing_number.clear();
        })
        .multi(
            "F2",
            "app-1",
            &[
                "basic_info",
                "project_review",
                "acceptance",
                "feature_settings",
            ],
        )
        .build();
    let eval = evaluate(pack(), &a);
    assert_eq!(
        problems(&eval),
        expect(&[("F1", "app-1", RedLine), ("F2", "app-1", RedLine)])
    );
    assert!(finding(&eval, "F1", "app-1").prefilled);
    assert_eq!(
        filing(&eval),
        [(
            "app-1",
            Filing::FixFirst,
            vec!["本应用存在阻断备案的红线问题:F1、F2"]
        )]
    );
}

#[test]
fn temporary_group_whose_task_ended() {
    let a = Unit::new(pack())
        .group("grp-1", "第七次人口普查专班", GroupKind::Temporary, true)
        .group("grp-2", "办公室日常", GroupKind::Standing, true)
        .build();
    let eval = evaluate(pack(), &a);
    assert_eq!(problems(&eval), expect(&[("C6.5", "grp-1", RedLine)]));
    assert!(finding(&eval, "C6.5", "grp-1").prefilled);
    assert!(!eval
        .findings
        .iter()
        .any(|f| f.target.item == "C6.5" && f.target.asset == "grp-2"));
    assert_eq!(
        verdict(&eval),
        (Overall::RedLines, vec!["存在 1 项红线问题"])
    );
}

#[test]
fn likes_and_forwards_used_in_staff_assessment() {
    let a = Unit::new(pack())
        .app("app-1", "学习强局")
        .account("acct-1", "微信公众号", "某局发布", "2026-06-28")
        .choice("C8.1", "app-1", "yes")
        .choice("C8.1", "acct-1", "yes")
        .choice("C8.3", UNIT_ASSET, "yes")
        .build();
    let eval = evaluate(pack(), &a);
    assert_eq!(
        problems(&eval),
        expect(&[
            ("C8.1", "app-1", RedLine),
            ("C8.1", "acct-1", RedLine),
            ("C8.3", "unit", RedLine)
        ])
    );
    assert_eq!(
        verdict(&eval),
        (Overall::RedLines, vec!["存在 3 项红线问题"])
    );
    assert_eq!(
        filing(&eval),
        [(
            "app-1",
            Filing::FixFirst,
            vec!["本应用存在阻断备案的红线问题:C8.1"]
        )]
    );
}

#[test]
fn fully_compliant_unit() {
    let a = Unit::new(pack())
        .supervising()
        .app("app-1", "政务协同")
        .app_with("app-2", "市民热线", |a| {
            a.audience = AppAudience::Public
        })
        .account("acct-1", "微信公众号", "某市发布", "2026-06-29")
        .account("acct-2", "微博", "某市发布", "2026-06-20")
        .group("grp-1", "局办公室", GroupKind::Standing, false)
        .group("grp-2", "迎检专班", GroupKind::Temporary, false)
        .build();
    let eval = evaluate(pack(), &a);
    assert_eq!(problems(&eval), expect(&[]));
    let n = eval.findings.len();
    assert_eq!(
        verdict(&eval),
        (
            Overall::Compliant,
            vec![format!("全部 {n} 项均符合要求或不适用").as_str()]
        )
    );
    assert_eq!(eval.completion_percent, 100);
    assert!(eval
        .filing
        .iter()
        .all(|f| f.verdict == Filing::Ready && f.reasons == ["未发现阻断备案的问题"]));
    assert!(rectification_rows(pack(), &a, &eval).is_empty());
    assert!(
        eval.findings.iter().any(|f| f.target.item == "E13.2"),
        "supervising units get E13.2"
    );
}

#[test]
fn app_keeping_check_in_under_a_claimed_security_exception() {
    let claimed = Answer {
        exception: true,
        note: "重大活动安保期间限定安保人员使用".into(),
        ..Answer::of(AnswerValue::Multi(vec!["checkin".into()]))
    };
    let a = Unit::new(pack())
        .unit("某市公安局", UnitLevel::City)
        .app("app-1", "安保勤务")
        .with("B4.1", "app-1", claimed)
        .build();
    let eval = evaluate(pack(), &a);
    assert_eq!(problems(&eval), expect(&[("B4.1", "app-1", Advisory)]));
    let f = finding(&eval, "B4.1", "app-1");
    assert!(f.exception_applied);
    assert!(
        f.reasons
            .last()
            .is_some_and(|r| r.starts_with("已声明例外“属于安保、应急等特殊场景")),
        "{:?}",
        f.reasons
    );
    assert_eq!(
        filing(&eval),
        [(
            "app-1",
            Filing::Ready,
            vec!["未发现阻断备案的问题", "建议改进:B4.1"]
        )]
    );
    let rows = rectification_rows(pack(), &a, &eval);
    assert_eq!((rows.len(), rows[0].severity), (1, Severity::Advisory));
    assert!(rows[0].problem.contains("已声明例外"));
}

#[test]
fn central_ministry_running_two_grassroots_apps() {
    let a = Unit::new(pack())
        .unit("某部", UnitLevel::Central)
        .supervising()
        .app("app-1", "基层治理通")
        .app("app-2", "基层报表通")
        .number("B1.3", UNIT_ASSET, 2.0)
        .build();
    let eval = evaluate(pack(), &a);
    assert_eq!(problems(&eval), expect(&[("B1.3", "unit", RedLine)]));
    assert_eq!(
        verdict(&eval),
        (Overall::RedLines, vec!["存在 1 项红线问题"])
    );
    assert!(eval.filing.iter().all(|f| f.verdict == Filing::Ready));
    let one = Unit::new(pack())
        .unit("某部", UnitLevel::Central)
        .app("app-1", "基层治理通")
        .number("B1.3", UNIT_ASSET, 1.0)
        .build();
    assert_eq!(evaluate(pack(), &one).verdict.overall, Overall::Compliant);
}

#[test]
fn parameter_overrides_change_a_verdict() {
    let unit = || {
        Unit::new(pack())
            .account("acct-1", "微信公众号", "某区发布", "2026-02-15")
            .app("app-1", "区办公")
            .number("B5.2", "app-1", 25.0)
    };
    let eval = evaluate(pack(), &unit().build());
    assert_eq!(
        problems(&eval),
        expect(&[("B5.2", "app-1", Advisory), ("B5.3", "acct-1", Advisory)])
    );
    assert_eq!(eval.verdict.overall, Overall::AdvisoryOnly);
    let lenient = unit()
        .param("account_silent_days", 150.0)
        .param("active_rate_min", 20.0)
        .build();
    let eval = evaluate(pack(), &lenient);
    assert_eq!(problems(&eval), expect(&[]));
    assert_eq!(eval.verdict.overall, Overall::Compliant);
    let strict = unit().param("account_dormant_days", 120.0).build();
    let eval = evaluate(pack(), &strict);
    assert_eq!(
        problems(&eval),
        expect(&[("B5.2", "app-1", Advisory), ("B5.3", "acct-1", RedLine)])
    );
    assert_eq!(eval.verdict.overall, Overall::RedLines);
}

#[test]
fn an_incomplete_assessment() {
    let a = Unit::new(pack())
        .app("app-1", "掌上办")
        .skip("A1.1", UNIT_ASSET)
        .skip("B2.1", "app-1")
        .skip("D10.2", "app-1")
        .choice("F8", "app-1", "partial")
        .build();
    let eval = evaluate(pack(), &a);
    assert_eq!(
        problems(&eval),
        expect(&[
            ("A1.1", "unit", Unanswered),
            ("B2.1", "app-1", Unanswered),
            ("D10.2", "app-1", Unanswered),
            ("F8", "app-1", Advisory),
        ])
    );
    assert_eq!(
        verdict(&eval),
        (
            Overall::Incomplete,
            vec!["尚有 3 项未作答", "有 1 项建议改进"]
        )
    );
    let total = eval.findings.len();
    assert_eq!(eval.completion_percent as usize, (total - 3) * 100 / total);
    assert!(eval.completion_percent < 100);
    assert_eq!(eval.unanswered.len(), 3);
    assert_eq!(
        filing(&eval),
        [(
            "app-1",
            Filing::Incomplete,
            vec!["本应用尚有 2 项未作答:B2.1、D10.2"]
        )]
    );
}
