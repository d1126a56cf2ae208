//! Realistic units against the embedded pack, about using apps, accounts and groups, plus the
//! compliant, parameter and incomplete cases: exact problems, severities and verdicts.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::builder::Unit;
use common::scenario::{filing, pack, verdict};
use common::{expect, finding, problems};
use fingertip_core::engine::{evaluate, rectification_rows, Filing, Overall, Status};
use fingertip_core::model::*;
use fingertip_core::pack::Severity;

use Status::{Advisory, RedLine, Unanswered};

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
    // A government body's account silent for over two weeks fails the national indicator.
    let a = Unit::new(pack())
        .account("acct-1", "微信公众号", "某市司法局", "2026-03-20")
        .account("acct-2", "抖音", "某市普法", "2026-06-25")
        .build();
    let eval = evaluate(pack(), &a);
    assert_eq!(problems(&eval), expect(&[("B5.3", "acct-1", RedLine)]));
    let f = finding(&eval, "B5.3", "acct-1");
    assert!(f.prefilled);
    assert!(finding(&eval, "B5.3", "acct-2").prefilled);
    assert_eq!(
        verdict(&eval),
        (Overall::RedLines, vec!["存在 1 项红线问题"])
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
        expect(&[("B5.2", "app-1", Advisory), ("B5.3", "acct-1", RedLine)])
    );
    assert_eq!(eval.verdict.overall, Overall::RedLines);
    let lenient = unit()
        .param("account_stale_days", 150.0)
        .param("active_rate_min", 20.0)
        .build();
    let eval = evaluate(pack(), &lenient);
    assert_eq!(problems(&eval), expect(&[]));
    assert_eq!(eval.verdict.overall, Overall::Compliant);
    // The figure in force is shown next to the finding, with where it comes from.
    let f = finding(&eval, "B5.3", "acct-1");
    assert_eq!(
        f.thresholds,
        ["判定阈值:公众账号停更天数 150天(本单位设定;默认 14天,全国口径:国办秘函〔2019〕19号单项否决指标(超过两周无更新),新闻概括)"]
    );
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
    assert_eq!(eval.unanswered().len(), 3);
    assert_eq!(
        filing(&eval),
        [(
            "app-1",
            Filing::Incomplete,
            vec!["本应用尚有 2 项未作答:B2.1、D10.2"]
        )]
    );
}
