//! Pack 1.1.0, thresholds, hosted or used apps, citations per kind of object, and the
//! situations 1.0.0 could not express, each with its opposite. Every scenario goes through the
//! saved-file format before it is judged, and asserts the finding, its severity, its basis and
//! its confidence tag.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::builder::Unit;
use common::scenario::*;
use common::{expect, finding};
use fingertip_core::engine::{Evaluation, Filing, Overall, Status};
use fingertip_core::model::*;
use fingertip_core::pack::{Confidence, Scope};
use Status::{Advisory, Compliant, RedLine};

#[test]
fn a_government_account_silent_for_over_two_weeks_is_a_veto_with_its_basis_and_figure() {
    let a = Unit::new(pack())
        .account("acct-1", "微信公众号", "某市司法局", "2026-06-10") // 20 days
        .account("acct-2", "抖音", "某市普法", "2026-06-20") // 10 days
        .build();
    let eval = judged(&a);
    assert_eq!(
        problems_of(&eval, &["B5.3"]),
        expect(&[("B5.3", "acct-1", RedLine)])
    );
    let f = finding(&eval, "B5.3", "acct-1");
    assert_eq!(f.basis[0].document, "inspection_2019");
    assert_eq!(f.basis[0].confidence, Confidence::News);
    assert!(f.reasons[0].contains("国办秘函〔2019〕19号"));
    assert_eq!(
        f.thresholds,
        ["判定阈值:公众账号停更天数 14天(全国口径:国办秘函〔2019〕19号单项否决指标(超过两周无更新),新闻概括)"]
    );
    // Two months silent, the laxer county tip-off line, is not 符合 either.
    let two_months = Unit::new(pack())
        .account("acct-1", "微信公众号", "某县发布", "2026-04-25")
        .build();
    assert_eq!(
        finding(&judged(&two_months), "B5.3", "acct-1").status,
        RedLine
    );
    // A mass organisation's account: the national veto's reach is unclear, so advisory.
    let league = Unit::new(pack())
        .edit(|a| a.profile.unit_type = UnitType::MassOrganization)
        .account("acct-1", "微信公众号", "某市团委", "2026-06-10")
        .build();
    assert_eq!(finding(&judged(&league), "B5.3", "acct-1").status, Advisory);
    // A stricter local figure is a parameter.
    let strict = Unit::new(pack())
        .account("acct-1", "微信公众号", "某市发布", "2026-06-20")
        .param("account_stale_days", 7.0)
        .build();
    assert_eq!(finding(&judged(&strict), "B5.3", "acct-1").status, RedLine);
}

fn problems_of(eval: &Evaluation, items: &[&str]) -> Vec<(String, String, Status)> {
    common::problems(eval)
        .into_iter()
        .filter(|(i, _, _)| items.contains(&i.as_str()))
        .collect()
}

#[test]
fn a_township_using_a_county_app_is_not_told_not_to_build_it() {
    let a = Unit::new(pack())
        .unit("某镇人民政府", UnitLevel::Township)
        .app_with("app-1", "县政务协同平台", |a| {
            a.status = AppStatus::Planned;
            a.role = AppRole::Used;
            a.host_unit = "某县政务服务中心".into();
        })
        .choice("B1.2", UNIT_ASSET, "no")
        .build();
    let eval = judged(&a);
    assert!(
        eval.filing.is_empty(),
        "the host files it: {:?}",
        eval.filing
    );
    for building in ["B1.1", "B2.1", "B5.1", "F1", "D10.2"] {
        assert!(
            eval.findings.iter().all(|f| f.target.item != building),
            "{building} is asked of a used app"
        );
    }
    assert!(eval
        .findings
        .iter()
        .any(|f| f.target.item == "C6.2" && f.target.asset == "app-1"));
    assert_eq!(eval.verdict.overall, Overall::Compliant);
    // The opposite: the township hosts a planned app of its own.
    let own = Unit::new(pack())
        .unit("某镇人民政府", UnitLevel::Township)
        .app_with("app-1", "镇自建通", |a| a.status = AppStatus::Planned)
        .choice("B1.2", UNIT_ASSET, "no")
        .build();
    assert_eq!(judged(&own).filing[0].verdict, Filing::NotAdvisable);
}

#[test]
fn citations_follow_the_kind_of_object() {
    let a = Unit::new(pack())
        .app("app-1", "办公通")
        .account("acct-1", "微信公众号", "某市发布", "2026-06-28")
        .group("grp-1", "网格群", GroupKind::Standing, false)
        .choice("C6.2", "app-1", "yes")
        .choice("C6.2", "acct-1", "yes")
        .choice("C7.1", "grp-1", "yes")
        .build();
    let eval = judged(&a);
    let app = finding(&eval, "C6.2", "app-1");
    assert_eq!(app.status, RedLine);
    assert_eq!(
        cites(app),
        [
            ("opinion", Confidence::Original),
            ("measures", Confidence::Original)
        ]
    );
    let acct = finding(&eval, "C6.2", "acct-1");
    assert_eq!(acct.status, RedLine);
    assert_eq!(cites(acct), [("opinion_local", Confidence::Local)]);
    assert!(acct.reasons[0].contains("地方口径"));
    let grp = finding(&eval, "C7.1", "grp-1");
    assert_eq!(grp.status, RedLine);
    assert_eq!(cites(grp), [("opinion_local", Confidence::Local)]);
    assert!(grp
        .basis
        .iter()
        .all(|b| b.document != "measures" && b.covers(Scope::Group)));
}

#[test]
fn a_temporary_group_past_its_end_date_and_grace_is_a_red_line() {
    let group = |end: &str| {
        Unit::new(pack())
            .group("grp-1", "春季招聘专班", GroupKind::Temporary, false)
            .edit(|a| a.inventory.groups[0].task_end = end.into())
            .build()
    };
    let late = judged(&group("2026-04-30")); // 61 days before 2026-06-30, grace 30
    let f = finding(&late, "C6.6", "grp-1");
    assert_eq!(f.status, RedLine);
    assert!(f.prefilled);
    assert_eq!(
        cites(f),
        [
            ("opinion_local", Confidence::Local),
            ("local_practice", Confidence::Practice)
        ]
    );
    assert!(
        f.thresholds[0].contains("无全国统一数值"),
        "{:?}",
        f.thresholds
    );
    assert_eq!(
        finding(&judged(&group("2026-06-15")), "C6.6", "grp-1").status,
        Compliant
    );
    assert_eq!(
        finding(&judged(&group("2026-07-31")), "C6.6", "grp-1").status,
        Compliant
    );
}

#[test]
fn situations_the_1_0_questionnaire_could_not_express() {
    // Duplication with another department's mini-program, not checked before building.
    let planned = Unit::new(pack())
        .app_with("app-1", "新建农技通", |a| {
            a.status = AppStatus::Planned;
            a.same_kind = "省农业农村厅“农技云课堂”小程序".into();
        })
        .choice("B3.4", "app-1", "found_unjustified")
        .build();
    let f = finding(&judged(&planned), "B3.4", "app-1").clone();
    assert_eq!(f.status, RedLine);
    assert_eq!(f.basis[0].confidence, Confidence::Original);
    // A mandated daily study time.
    let study = Unit::new(pack())
        .app("app-1", "学习通")
        .choice("C6.7", "app-1", "yes")
        .build();
    let f = finding(&judged(&study), "C6.7", "app-1").clone();
    assert_eq!(f.status, RedLine);
    assert!(cites(&f).contains(&("measures", Confidence::Original)));
    // Activity rates used in assessment are named in the questions now.
    for (item, word) in [("C6.2", "活跃度"), ("C6.3", "活跃度"), ("C8.1", "在线时长")] {
        assert!(
            pack().item(item).expect("item").question.contains(word),
            "{item}"
        );
    }
    // 等保 and the six laws.
    let d105 = Unit::new(pack())
        .app("app-1", "办公通")
        .choice("D10.5", "app-1", "not_done")
        .build();
    assert_eq!(finding(&judged(&d105), "D10.5", "app-1").status, Advisory);
    let options = match &pack().item("D10.6").expect("D10.6").answer {
        fingertip_core::pack::AnswerKind::Multi { options } => options.len(),
        _ => 0,
    };
    assert_eq!(options, 7, "six laws and none");
    // Village committees are a unit type.
    assert!(UnitType::ALL.contains(&UnitType::VillageCommittee));
    assert_eq!(UnitType::VillageCommittee.label(), "村(居)民委员会");
}

#[test]
fn an_app_already_filed_is_labelled_filed_not_ready() {
    let filed = Unit::new(pack())
        .app_with("app-1", "办公通", |a| {
            a.filing = FilingStatus::Filed;
            a.filing_number = "政务备-0001".into();
        })
        .build();
    let eval = judged(&filed);
    assert_eq!(eval.filing[0].verdict, Filing::Filed);
    assert_eq!(eval.filing[0].reasons, ["已备案,备案编号 政务备-0001"]);
    let with_red = Unit::new(pack())
        .app_with("app-1", "办公通", |a| a.filing = FilingStatus::Filed)
        .choice("C6.3", "app-1", "yes")
        .build();
    let eval = judged(&with_red);
    assert_eq!(eval.filing[0].verdict, Filing::FiledFixNeeded);
    assert!(eval.filing[0].reasons[1].contains("撤销备案"));
    // The opposite: not filed yet, no problem → ready to file.
    let ready = Unit::new(pack()).app("app-1", "办公通").build();
    assert_eq!(judged(&ready).filing[0].verdict, Filing::Ready);
}
