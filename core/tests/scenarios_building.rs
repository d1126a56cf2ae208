//! Realistic units against the embedded pack, about building and filing apps: each scenario states
//! only what differs from a compliant unit and asserts the exact problems, severities and verdicts.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::builder::Unit;
use common::scenario::{filing, pack, verdict};
use common::{expect, finding, problems};
use fingertip_core::engine::{evaluate, rectification_rows, Filing, Overall, Status};
use fingertip_core::model::*;
use fingertip_core::pack::Severity;

use Status::{Advisory, RedLine};

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
fn app_keeping_check_in_under_a_claimed_security_exception() {
    // Ticking the exception with only a note no longer lowers anything (pack 1.1.0)…
    let ticked_only = Answer {
        exception: true,
        note: "重大活动安保期间限定安保人员使用".into(),
        ..Answer::of(AnswerValue::Multi(vec!["checkin".into()]))
    };
    let a = Unit::new(pack())
        .unit("某市公安局", UnitLevel::City)
        .app("app-1", "安保勤务")
        .with("B4.1", "app-1", ticked_only.clone())
        .build();
    let eval = evaluate(pack(), &a);
    assert_eq!(problems(&eval), expect(&[("B4.1", "app-1", RedLine)]));
    // …a complete justification card does.
    let mut claimed = ticked_only;
    claimed
        .justifications
        .insert("checkin".into(), common::engine::full_card());
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
