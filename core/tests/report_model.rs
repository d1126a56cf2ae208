//! The report model of the built-in sample and of variations on it: red lines first, counts that
//! add up, unfinished marking, cover, citations, assets, and parameters. The answer
//! appendix and the ledger: `report_appendix.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::sample::{pack, report_of, sample};

use fingertip_core::engine::{evaluate, Overall, Status};
use fingertip_core::model::UNIT_ASSET;
use fingertip_core::pack::Severity;
use fingertip_core::pack::{self};
use fingertip_core::report::{assessment_fingerprint, build_report, REPORT_TITLE};

const RED_LINES: [(&str, &str); 9] = [
    ("B4.1", "app-2"),
    // Silent since 2026-05-20: over the national two-week line (pack 1.1.0).
    ("B5.3", "acct-2"),
    ("C6.4", "grp-3"),
    ("C6.5", "grp-2"),
    ("C7.1", "grp-3"),
    ("C8.2", "app-2"),
    ("F1", "app-2"),
    ("F3", "app-2"),
    ("F7", "app-2"),
];

#[test]
fn sample_report_lists_the_red_lines_first_and_again_under_their_articles() {
    let r = report_of(&sample());
    let red: Vec<(&str, &str)> = r
        .red_lines
        .iter()
        .map(|f| (f.item.as_str(), f.asset.as_str()))
        .collect();
    assert_eq!(red, RED_LINES);
    assert!(r.red_lines.iter().all(|f| f.status_label == "红线"));
    let first: Vec<(&str, Severity)> = r.ledger[..9]
        .iter()
        .map(|l| (l.item.as_str(), l.severity))
        .collect();
    let expected: Vec<(&str, Severity)> = RED_LINES
        .iter()
        .map(|(i, _)| (*i, Severity::RedLine))
        .collect();
    assert_eq!(first, expected);
    assert!(r.ledger[RED_LINES.len()..]
        .iter()
        .all(|l| l.severity == Severity::Advisory));
    for (item, asset) in RED_LINES {
        let listed = r
            .articles
            .iter()
            .flat_map(|s| &s.findings)
            .any(|f| f.item == item && f.asset == asset && f.status == Status::RedLine);
        assert!(
            listed,
            "{item} {asset} missing from the findings by article"
        );
    }
    assert_eq!(r.verdict.overall, Overall::RedLines);
    assert_eq!(r.filing.len(), 2);
}

#[test]
fn red_line_entries_carry_question_asset_reasons_basis_and_note() {
    let r = report_of(&sample());
    let b41 = &r.red_lines[0];
    assert_eq!(b41.asset_label, "示例县农技学习打卡");
    assert!(!b41.question.is_empty());
    assert!(!b41.reasons.is_empty());
    assert!(b41
        .basis
        .contains(&"《办法》 五类禁止情形(二)〔原文〕".to_string()));
    assert_eq!(b41.note, "每日学习打卡签到,按学习积分月度排名");
}

#[test]
fn counts_add_up_everywhere() {
    let a = sample();
    let eval = evaluate(pack(), &a);
    let r = build_report(pack(), &a, &eval);
    let rows = eval.findings.len();
    assert_eq!(r.counts.total(), rows);
    assert_eq!(r.unfinished, None);
    assert_eq!(r.completion_percent, 100);
    let part_sum: usize = r.parts.iter().map(|p| p.counts.total()).sum();
    assert_eq!(part_sum, rows);
    let article_sum: usize = r.articles.iter().map(|s| s.counts.total()).sum();
    assert_eq!(article_sum, rows);
    let appendix_rows: usize = r.appendix.iter().map(|p| p.rows.len()).sum();
    assert_eq!(appendix_rows, rows);
    // One ledger row per problem (item), however many assets it was found on.
    let problem_items: std::collections::BTreeSet<&str> = r
        .articles
        .iter()
        .flat_map(|s| s.findings.iter().map(|f| f.item.as_str()))
        .collect();
    assert_eq!(r.ledger.len(), problem_items.len());
    let listed: usize = r.articles.iter().map(|s| s.findings.len()).sum();
    assert_eq!(listed, r.counts.red_line + r.counts.advisory);
    assert_eq!(r.red_lines.len(), r.counts.red_line);
    for status in Status::ALL {
        let in_parts: usize = r.parts.iter().map(|p| p.counts.of(status)).sum();
        assert_eq!(in_parts, r.counts.of(status), "{status:?}");
    }
}

#[test]
fn an_incomplete_assessment_is_unfinished_with_the_open_row_count() {
    let mut a = sample();
    for (item, asset) in [("A1.1", UNIT_ASSET), ("B1.1", "app-1"), ("C6.2", "acct-1")] {
        a.answers.remove(&(item.into(), asset.into()));
    }
    let r = report_of(&a);
    assert_eq!(r.unfinished, Some(3));
    assert_eq!(r.counts.unanswered, 3);
    let open: Vec<(&str, &str)> = r
        .appendix
        .iter()
        .flat_map(|p| &p.rows)
        .filter(|row| row.answer == "未作答")
        .map(|row| (row.item.as_str(), row.status_label))
        .collect();
    assert_eq!(
        open,
        vec![("A1.1", "未作答"), ("B1.1", "未作答"), ("C6.2", "未作答")]
    );
    let open_in_articles = r
        .articles
        .iter()
        .flat_map(|s| &s.findings)
        .filter(|f| f.status == Status::Unanswered)
        .count();
    assert_eq!(open_in_articles, 3);
    let app1 = r
        .assets
        .iter()
        .find(|x| x.id == "app-1")
        .expect("app-1 row");
    assert!(
        app1.summary.ends_with("(尚有 1 项未作答)"),
        "{}",
        app1.summary
    );
}

#[test]
fn cover_names_unit_pack_and_fingerprint() {
    let a = sample();
    let r = report_of(&a);
    let c = &r.cover;
    assert_eq!(c.title, REPORT_TITLE);
    assert_eq!(c.title, "防治“指尖上的形式主义”自查报告");
    assert_eq!(c.unit, "示例县农业农村局");
    assert_eq!(
        (c.level, c.unit_type, c.purpose),
        ("县级", "行政机关", "定期自查")
    );
    assert_eq!(c.date, "2026-11-01");
    assert_eq!(c.assessor, "办公室张某");
    assert_eq!(
        (c.created.as_str(), c.updated.as_str()),
        ("2026-11-01", "2026-11-01")
    );
    assert_eq!(c.pack_id, pack().id);
    assert_eq!(c.pack_version, pack().version);
    assert_eq!(c.pack_hash, pack::EMBEDDED_PACK_HASH);
    assert_eq!(c.fingerprint, assessment_fingerprint(pack(), &a));
}

#[test]
fn articles_are_labelled_by_number_or_title_and_say_when_nothing_was_found() {
    let r = report_of(&sample());
    let label = |id: &str| {
        r.articles
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.label.clone())
            .expect("article present")
    };
    assert_eq!(label("4"), "第4条 限制强制功能");
    assert_eq!(label("G1"), "指导思想");
    assert_eq!(r.articles.len(), pack().articles.len());
    for s in &r.articles {
        assert_eq!(
            s.empty_text.is_none(),
            !s.findings.is_empty(),
            "{}",
            s.label
        );
    }
    let g1 = r.articles.iter().find(|s| s.id == "G1").expect("G1");
    assert_eq!(g1.empty_text, Some("未发现问题"));
}

#[test]
fn every_asset_has_a_row_with_its_problems_or_none() {
    let a = sample();
    let r = report_of(&a);
    let inv = &a.inventory;
    assert_eq!(
        r.assets.len(),
        inv.apps.len() + inv.accounts.len() + inv.groups.len()
    );
    let row = |id: &str| r.assets.iter().find(|x| x.id == id).expect("asset row");
    assert_eq!(row("acct-1").summary, "无问题");
    assert_eq!(row("acct-1").kind, "公众账号");
    assert!(row("acct-1").problems.is_empty());
    let app2 = row("app-2");
    assert_eq!(app2.kind, "应用程序(小程序)");
    assert_eq!(app2.problems[0].item, "B4.1");
    assert_eq!(app2.problems[0].severity_label, "红线");
    assert!(app2.summary.starts_with("B4.1(红线)、C8.2(红线)"));
    let grp2 = row("grp-2");
    assert_eq!(grp2.kind, "工作群组(临时群)");
    assert_eq!(grp2.summary, "C6.5(红线)、D11.2(建议)");
}

#[test]
fn parameters_show_value_unit_and_whether_the_unit_changed_them() {
    let mut a = sample();
    a.parameters.insert("account_stale_days".into(), 7.0);
    let r = report_of(&a);
    assert_eq!(r.parameters.len(), pack().parameters.len());
    let stale = &r.parameters[0];
    assert_eq!(stale.id, "account_stale_days");
    assert_eq!(stale.value_text, "7天");
    assert_eq!(stale.default_text, "14天");
    assert!(stale.changed);
    assert_eq!(stale.source, "本单位调整");
    assert!(
        stale.note.contains("国办秘函〔2019〕19号"),
        "{}",
        stale.note
    );
    let national = &report_of(&sample()).parameters[0];
    assert_eq!(national.source, "全国口径");
    let rate = r
        .parameters
        .iter()
        .find(|p| p.id == "active_rate_min")
        .expect("parameter");
    assert_eq!((rate.value_text.as_str(), rate.changed), ("30%", false));
    assert_eq!(rate.source, "本工具默认值");
}
