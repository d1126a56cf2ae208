//! The 正式报告 (the 公文 a unit sends out), drafted from the same evaluation as the working
//! record: 主送机关, the title "关于[单位]防治“指尖上的形式主义”自查情况的报告", four narrative
//! sections the unit may rewrite (red lines stated first, each problem once with its assets),
//! the closing unit and date. Tool words (hashes, fingerprints) are not part of it.

use super::cover::Cover;
use super::ledger::LedgerRow;
use crate::engine::{Evaluation, Finding, Status};
use crate::model::Assessment;
use crate::pack::{Pack, Severity};

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

/// One problem as the narrative lists it: an item with every asset it was found on.
struct Problem {
    item: String,
    text: String,
    assets: Vec<String>,
}

/// Findings of `status` grouped by item, in questionnaire order; each item once, its assets listed.
fn problems(eval: &Evaluation, status: Status) -> Vec<Problem> {
    let mut out: Vec<Problem> = Vec::new();
    for f in eval.findings.iter().filter(|f| f.status == status) {
        let reason = reason_of(f);
        match out.iter_mut().find(|p| p.item == f.target.item) {
            Some(p) => {
                if !p.assets.contains(&f.target.label) {
                    p.assets.push(f.target.label.clone());
                }
                if !reason.is_empty() && !p.text.contains(&reason) {
                    p.text = format!("{};{reason}", p.text);
                }
            }
            None => out.push(Problem {
                item: f.target.item.clone(),
                text: reason,
                assets: vec![f.target.label.clone()],
            }),
        }
    }
    out
}

fn reason_of(f: &Finding) -> String {
    f.reasons.join(";")
}

fn listed(problems: &[Problem], unit_label: &str) -> Vec<String> {
    problems
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let assets: Vec<&str> = p
                .assets
                .iter()
                .map(String::as_str)
                .filter(|a| *a != unit_label)
                .collect();
            match assets.is_empty() {
                true => format!("{}. {}({})。", i + 1, p.text, p.item),
                false => format!(
                    "{}. {}({},涉及:{})。",
                    i + 1,
                    p.text,
                    p.item,
                    assets.join("、")
                ),
            }
        })
        .collect()
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

fn findings(eval: &Evaluation, unit: &str) -> Vec<String> {
    let red = problems(eval, Status::RedLine);
    let advisory = problems(eval, Status::Advisory);
    let mut open = problems(eval, Status::Unanswered);
    open.extend(problems(eval, Status::Undetermined));
    if red.is_empty() && advisory.is_empty() && open.is_empty() {
        return vec!["经自查,未发现单项否决(红线)问题,也未发现需要改进的问题。".to_string()];
    }
    let mut out = Vec::new();
    match red.len() {
        0 => out.push("(一)单项否决(红线)问题:经自查,未发现。".to_string()),
        n => {
            out.push(format!("(一)单项否决(红线)问题 {n} 项:"));
            out.extend(listed(&red, unit));
        }
    }
    match advisory.len() {
        0 => out.push("(二)需要改进的问题:经自查,未发现。".to_string()),
        n => {
            out.push(format!("(二)需要改进的问题 {n} 项:"));
            out.extend(listed(&advisory, unit));
        }
    }
    if !open.is_empty() {
        let ids: Vec<&str> = open.iter().map(|p| p.item.as_str()).collect();
        out.push(format!(
            "(三)尚未完成自查或无法判断的题目 {} 项:{}。",
            ids.len(),
            ids.join("、")
        ));
    }
    out
}

fn measures(ledger: &[LedgerRow]) -> Vec<String> {
    let mut out = Vec::new();
    let red: Vec<&LedgerRow> = ledger
        .iter()
        .filter(|r| r.severity == Severity::RedLine)
        .collect();
    if !red.is_empty() {
        out.push("(一)对红线问题立即整改:".to_string());
        let mut items: Vec<&str> = Vec::new();
        for r in &red {
            if items.contains(&r.item.as_str()) {
                continue;
            }
            items.push(&r.item);
            let same: Vec<&&LedgerRow> = red.iter().filter(|x| x.item == r.item).collect();
            let mut who: Vec<String> = Vec::new();
            for x in &same {
                let w = match (x.owner.trim(), x.deadline.trim()) {
                    ("", "") => continue,
                    (o, "") => format!("责任人:{o}"),
                    ("", d) => format!("时限:{d}"),
                    (o, d) => format!("责任人:{o},时限:{d}"),
                };
                if !who.contains(&w) {
                    who.push(w);
                }
            }
            let tail = match who.is_empty() {
                true => String::new(),
                false => format!("({})", who.join(";")),
            };
            out.push(format!(
                "{}. {}({}){tail}",
                items.len(),
                r.measure.trim_end_matches('。'),
                r.item
            ));
        }
    }
    let advisory = ledger
        .iter()
        .filter(|r| r.severity == Severity::Advisory)
        .count();
    if advisory > 0 {
        out.push(format!(
            "({})对 {advisory} 项需要改进的问题,已逐项列入整改台账,明确整改措施、责任人和时限,整改完成一项、销号一项。",
            if red.is_empty() { "一" } else { "二" }
        ));
    }
    out.push("下一步,本单位将把防治“指尖上的形式主义”纳入日常管理,新建或变更政务应用程序按规定履行立项审核和备案程序,定期开展自查,巩固整改成效。".to_string());
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
