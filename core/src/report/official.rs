//! The 正式报告 (the 公文 a unit sends out), drafted from the same evaluation as the working
//! record: 主送机关, the title "关于[单位]防治“指尖上的形式主义”自查情况的报告", four narrative
//! sections the unit may rewrite (red lines stated first, each problem once with its assets),
//! the closing unit and date. Tool words (hashes, fingerprints) are not part of it.

use super::cover::Cover;
use super::ledger::LedgerRow;
use super::official_problems::{findings, measures};
use crate::engine::Evaluation;
use crate::model::Assessment;
use crate::pack::Pack;

/// The ids and headings of the narrative sections, in print order.
pub const OFFICIAL_SECTIONS: [(&str, &str); 4] = [
    ("work", "一、工作开展情况"),
    ("basic", "二、基本情况"),
    ("findings", "三、发现问题"),
    ("measures", "四、整改措施及下一步计划"),
];

/// One narrative section.
#[derive(Debug, Clone, PartialEq)]
pub struct NarrativeSection {
    /// Stable id, the key of the unit's text in the draft.
    pub id: &'static str,
    /// Heading, e.g. 一、工作开展情况.
    pub heading: &'static str,
    /// The drafted text, one paragraph per line.
    pub drafted: String,
    /// What prints: the unit's text when it wrote one, else the draft; one entry per paragraph.
    pub paragraphs: Vec<String>,
    /// Whether the unit rewrote it.
    pub edited: bool,
}

/// The 正式报告.
#[derive(Debug, Clone, PartialEq)]
pub struct OfficialReport {
    /// 主送机关; empty prints a blank line to write on.
    pub addressee: String,
    /// 关于[单位]防治“指尖上的形式主义”自查情况的报告
    pub title: String,
    /// The four sections.
    pub sections: Vec<NarrativeSection>,
    /// The closing unit (落款).
    pub closing_unit: String,
    /// The closing date, e.g. 2026年11月1日; empty when the assessment date is not valid.
    pub closing_date: String,
}

/// `YYYY-MM-DD` as 2026年11月1日 (GB/T 9704: Arabic numerals, no leading zeros).
pub fn chinese_date(date: &str) -> String {
    let parts: Vec<&str> = date.split('-').collect();
    match parts.as_slice() {
        [y, m, d]
            if y.len() == 4
                && [y, m, d]
                    .iter()
                    .all(|p| p.bytes().all(|b| b.is_ascii_digit()) && !p.is_empty()) =>
        {
            let n = |s: &str| s.trim_start_matches('0').to_string();
            format!("{y}年{}月{}日", n(m), n(d))
        }
        _ => String::new(),
    }
}

fn work(pack: &Pack, a: &Assessment, cover: &Cover, eval: &Evaluation) -> Vec<String> {
    let date = match chinese_date(&a.profile.date) {
        d if d.is_empty() => "近期".to_string(),
        d => d,
    };
    let c = &eval.counts;
    let mut counts = format!(
        "本次自查共核查 {} 项次,其中符合 {} 项次,不适用 {} 项次,红线问题 {} 项次,建议改进 {} 项次",
        c.total(),
        c.compliant,
        c.not_applicable,
        c.red_line,
        c.advisory
    );
    if c.unanswered + c.undetermined > 0 {
        counts.push_str(&format!(
            ",尚未完成或无法判断 {} 项次",
            c.unanswered + c.undetermined
        ));
    }
    counts.push('。');
    vec![
        format!(
            "为贯彻落实《关于防治“指尖上的形式主义”的若干意见》和《政务移动互联网应用程序规范化管理办法》,{}于{date}对照“{}”(共 {} 项),对本单位主办和使用的政务应用程序、政务公众账号和工作群组逐项开展了{}。",
            cover.unit,
            pack.title,
            pack.items.len(),
            match cover.purpose {
                "培训练习" => "自查练习",
                other => other,
            }
        ),
        counts,
    ]
}

fn basic(a: &Assessment, cover: &Cover, eval: &Evaluation) -> Vec<String> {
    let inv = &a.inventory;
    let hosted = inv.apps.iter().filter(|x| x.hosted()).count();
    let mut out = vec![format!(
        "{}为{}{}。纳入本次自查的政务应用程序 {} 个(本单位主办 {} 个、使用其他单位主办的 {} 个),政务公众账号 {} 个,工作群组 {} 个。",
        cover.unit,
        cover.level,
        cover.unit_type,
        inv.apps.len(),
        hosted,
        inv.apps.len() - hosted,
        inv.accounts.len(),
        inv.groups.len()
    )];
    if !eval.filing.is_empty() {
        let apps: Vec<String> = eval
            .filing
            .iter()
            .map(|f| format!("“{}”{}", f.label, f.verdict.label()))
            .collect();
        out.push(format!("本单位主办的应用备案情况:{}。", apps.join(";")));
    }
    out.push(format!("自查结论:{}。", eval.verdict.overall.label()));
    out
}

/// The 正式报告 of `assessment`; `ledger` is the report's rectification ledger.
pub(crate) fn official(
    pack: &Pack,
    assessment: &Assessment,
    eval: &Evaluation,
    cover: &Cover,
    ledger: &[LedgerRow],
) -> OfficialReport {
    let drafted = [
        work(pack, assessment, cover, eval),
        basic(assessment, cover, eval),
        findings(eval, &cover.unit),
        measures(ledger),
    ];
    let sections = OFFICIAL_SECTIONS
        .iter()
        .zip(drafted)
        .map(|((id, heading), paragraphs)| {
            let drafted = paragraphs.join("\n");
            let own = assessment
                .profile
                .report_text
                .get(*id)
                .map(|t| t.trim())
                .filter(|t| !t.is_empty());
            NarrativeSection {
                id,
                heading,
                paragraphs: match own {
                    Some(t) => t
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(str::to_string)
                        .collect(),
                    None => paragraphs,
                },
                edited: own.is_some(),
                drafted,
            }
        })
        .collect();
    OfficialReport {
        addressee: assessment.profile.addressee.trim().to_string(),
        title: format!("关于{}防治“指尖上的形式主义”自查情况的报告", cover.unit),
        sections,
        closing_unit: cover.unit.clone(),
        closing_date: chinese_date(&assessment.profile.date),
    }
}
