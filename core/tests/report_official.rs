//! The 正式报告 drafted from the evaluation: title, 主送机关, the four narrative sections, red
//! lines first and each problem once with its assets, the unit's own text winning over the draft,
//! the closing; and a fully compliant unit (also the e2e fixture `compliant-unit.json`).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::builder::Unit;
use fingertip_core::edit::{apply, Edit};
use fingertip_core::engine::{evaluate, Overall};
use fingertip_core::model::Assessment;
use fingertip_core::pack::{embedded, Pack};
use fingertip_core::report::{build_report, chinese_date, Report, OFFICIAL_SECTIONS};
use fingertip_core::sample::sample_assessment;
use fingertip_core::save;

const COMPLIANT_FIXTURE: &str = "../e2e/fixtures/compliant-unit.json";

fn pack() -> &'static Pack {
    embedded().expect("the embedded pack parses")
}

fn report_of(a: &Assessment) -> Report {
    build_report(pack(), a, &evaluate(pack(), a))
}

fn compliant() -> Assessment {
    Unit::new(pack())
        .app("app-1", "某市政务协同")
        .account("acct-1", "微信公众号", "某市数据发布", "2026-06-25")
        .group(
            "grp-1",
            "某市数据工作群",
            fingertip_core::model::GroupKind::Standing,
            false,
        )
        .build()
}

#[test]
fn sample_official_report_has_title_sections_and_each_red_line_once_first() {
    let r = report_of(&sample_assessment("d", "2026-11-01T09:00:00Z").expect("sample"));
    let o = &r.official;
    assert_eq!(
        o.title,
        "关于示例县农业农村局防治“指尖上的形式主义”自查情况的报告"
    );
    assert_eq!(o.closing_unit, "示例县农业农村局");
    assert_eq!(o.closing_date, "2026年11月1日");
    assert_eq!(o.addressee, "");
    let headings: Vec<&str> = o.sections.iter().map(|s| s.heading).collect();
    assert_eq!(headings, OFFICIAL_SECTIONS.map(|(_, h)| h));
    let findings = o.sections[2].paragraphs.join("\n");
    let red_at = findings
        .find("(一)单项否决(红线)问题")
        .expect("red lines stated");
    let advisory_at = findings
        .find("(二)需要改进的问题")
        .expect("advisories stated");
    assert!(red_at < advisory_at);
    // Every red-line item once, with its assets listed, before the advisories.
    let mut red_items: Vec<&str> = r.red_lines.iter().map(|f| f.item.as_str()).collect();
    red_items.dedup();
    for item in &red_items {
        let tag = format!("({item},");
        let red_block = &findings[red_at..advisory_at];
        assert_eq!(
            red_block.matches(&tag).count(),
            1,
            "{item} once in\n{findings}"
        );
    }
    assert!(
        findings.contains("(B4.1,涉及:示例县农技学习打卡)"),
        "{findings}"
    );
    // A unit-level problem names no asset.
    assert!(findings.contains("(A2.2)"), "{findings}");
    // No tool words in the 公文.
    let all: String = o
        .sections
        .iter()
        .flat_map(|s| s.paragraphs.clone())
        .collect();
    for word in ["哈希", "指纹", "fingertip-2023"] {
        assert!(!all.contains(word), "{word}");
    }
    let measures = o.sections[3].paragraphs.join("\n");
    assert!(measures.contains("下线打卡签到和积分排行榜"), "{measures}");
    assert!(measures.contains("责任人:科教股王某"), "{measures}");
}

#[test]
fn the_units_own_text_and_addressee_print_instead_of_the_draft() {
    let mut a = sample_assessment("d", "2026-11-01T09:00:00Z").expect("sample");
    let drafted = report_of(&a).official.sections[0].drafted.clone();
    assert!(apply(
        &mut a,
        Edit::Addressee("县委办公室、县政府办公室".into())
    ));
    assert!(apply(
        &mut a,
        Edit::ReportText {
            section: "work".into(),
            text: "第一段\n\n 第二段 ".into(),
            drafted: drafted.clone()
        }
    ));
    let o = report_of(&a).official;
    assert_eq!(o.addressee, "县委办公室、县政府办公室");
    assert_eq!(o.sections[0].paragraphs, ["第一段", "第二段"]);
    assert!(o.sections[0].edited && !o.sections[1].edited);
    assert_eq!(
        o.sections[0].drafted, drafted,
        "the draft is kept to return to"
    );
    // Saved and read back: the texts survive the save format.
    let back = save::parse(&save::to_json(pack(), &a))
        .expect("parses")
        .assessment;
    assert_eq!(back.profile.addressee, "县委办公室、县政府办公室");
    assert_eq!(
        back.profile.report_text.get("work").map(String::as_str),
        Some("第一段\n\n 第二段".trim())
    );
}

#[test]
fn a_compliant_unit_says_so_without_empty_problem_lists() {
    let a = compliant();
    let r = report_of(&a);
    assert_eq!(r.verdict.overall, Overall::Compliant);
    let o = &r.official;
    assert_eq!(
        o.sections[2].paragraphs,
        ["经自查,未发现单项否决(红线)问题,也未发现需要改进的问题。"]
    );
    assert!(o.sections[1]
        .paragraphs
        .iter()
        .any(|p| p.contains("自查结论:符合要求")));
    assert_eq!(
        o.sections[3].paragraphs.len(),
        1,
        "only the next-step paragraph"
    );
}

#[test]
fn compliant_e2e_fixture_is_this_compliant_unit() {
    let json = save::to_json(pack(), &compliant());
    if std::env::var_os("REGENERATE_FIXTURES").is_some() {
        std::fs::write(COMPLIANT_FIXTURE, &json).expect("fixture written");
    }
    let stored = std::fs::read_to_string(COMPLIANT_FIXTURE).expect("fixture exists");
    let file = save::parse(&stored).expect("fixture parses");
    assert_eq!(
        evaluate(pack(), &Assessment::from_body(file.assessment))
            .verdict
            .overall,
        Overall::Compliant
    );
    assert_eq!(stored, json, "regenerate with REGENERATE_FIXTURES=1");
}

#[test]
fn dates_print_the_gb_way() {
    assert_eq!(chinese_date("2026-01-05"), "2026年1月5日");
    assert_eq!(chinese_date("2026-12-31"), "2026年12月31日");
    for bad in ["", "2026/1/5", "26-1-5", "2026-xx-01"] {
        assert_eq!(chinese_date(bad), "", "{bad}");
    }
}
