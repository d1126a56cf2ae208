//! The problem sections of the 正式报告: 三、发现问题 (red lines first, each item once with
//! every asset it was found on) and 四、整改措施及下一步计划 (from the ledger's measures).

use super::ledger::LedgerRow;
use crate::engine::{Evaluation, Finding, Status};
use crate::pack::Severity;

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
                item: f.target.item.to_string(),
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

pub(super) fn findings(eval: &Evaluation, unit: &str) -> Vec<String> {
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

pub(super) fn measures(ledger: &[LedgerRow]) -> Vec<String> {
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
