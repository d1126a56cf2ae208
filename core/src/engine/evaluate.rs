//! Evaluation of a whole assessment: one finding per applicable row, counts, per-part and
//! per-article summaries, completion, and the verdicts.

use std::collections::HashMap;

use super::index::AnswerIndex;
use super::judge::{judge, JudgeContext, Params, Status};
use super::prefill::effective_value;
use super::target::{applicable, Target};
use super::verdict::{filing_verdicts, overall_verdict, FilingVerdict, Verdict};
use crate::model::Assessment;
use crate::pack::{BasisRef, Pack, Severity};

/// The judgement of one applicable row.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Which item, which asset.
    pub target: Target,
    /// Part id of the item.
    pub part: String,
    /// Article id of the item.
    pub article: String,
    /// The status.
    pub status: Status,
    /// Why, in Chinese (the firing rules' reasons, an exception, or the 不适用 reason).
    pub reasons: Vec<String>,
    /// The item's citations.
    pub basis: Vec<BasisRef>,
    /// The value came from the inventory, not from an explicit answer.
    pub prefilled: bool,
    /// A claimed exception lowered a red line to an advisory.
    pub exception_applied: bool,
}

impl Finding {
    /// The severity when the finding is a problem.
    pub fn severity(&self) -> Option<Severity> {
        self.status.severity()
    }
}

/// How many rows have each status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// 符合
    pub compliant: usize,
    /// 建议改进
    pub advisory: usize,
    /// 红线
    pub red_line: usize,
    /// 不适用
    pub not_applicable: usize,
    /// 未作答
    pub unanswered: usize,
}

impl Counts {
    /// Counts one more row of `status`.
    pub fn add(&mut self, status: Status) {
        match status {
            Status::Compliant => self.compliant += 1,
            Status::Advisory => self.advisory += 1,
            Status::RedLine => self.red_line += 1,
            Status::NotApplicable => self.not_applicable += 1,
            Status::Unanswered => self.unanswered += 1,
        }
    }

    /// The number of rows with `status`.
    pub fn of(&self, status: Status) -> usize {
        match status {
            Status::Compliant => self.compliant,
            Status::Advisory => self.advisory,
            Status::RedLine => self.red_line,
            Status::NotApplicable => self.not_applicable,
            Status::Unanswered => self.unanswered,
        }
    }

    /// All rows.
    pub fn total(&self) -> usize {
        self.compliant + self.advisory + self.red_line + self.not_applicable + self.unanswered
    }

    /// Rows with a usable answer (including 不适用).
    pub fn answered(&self) -> usize {
        self.total() - self.unanswered
    }

    /// Answered share in whole percent, rounded down; 100 when there is nothing to answer.
    pub fn completion_percent(&self) -> u8 {
        match self.total() {
            0 => 100,
            total => u8::try_from(self.answered() * 100 / total).unwrap_or(100),
        }
    }
}

/// Counts for one part or one article.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupSummary {
    /// Part or article id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Status counts of its rows.
    pub counts: Counts,
    /// Rows answered (including 不适用).
    pub answered: usize,
    /// All rows.
    pub total: usize,
}

/// Everything the report shows, computed from (pack, assessment).
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// One finding per applicable row, in pack item order then inventory order.
    pub findings: Vec<Finding>,
    /// Status counts over all rows; they add up to `findings.len()`.
    pub counts: Counts,
    /// Per part, in pack order.
    pub parts: Vec<GroupSummary>,
    /// Per article, in pack order.
    pub articles: Vec<GroupSummary>,
    /// Answered share in whole percent.
    pub completion_percent: u8,
    /// Rows still without a usable answer.
    pub unanswered: Vec<Target>,
    /// The overall verdict.
    pub verdict: Verdict,
    /// Filing readiness of every app, in inventory order.
    pub filing: Vec<FilingVerdict>,
}

/// Evaluates `assessment` against `pack`: linear in rows, with answers and items indexed by hash.
pub fn evaluate(pack: &Pack, assessment: &Assessment) -> Evaluation {
    let params = Params::new(pack, &assessment.parameters);
    let ctx = JudgeContext::new(&assessment.profile, &params);
    let answers = AnswerIndex::new(assessment);
    let mut findings = Vec::new();
    for (item, asset) in applicable(pack, assessment) {
        let answer = answers.get(&item.id, asset.id());
        let (value, prefilled) = effective_value(item, asset, answer, &assessment.inventory);
        let claimed = answer.is_some_and(|a| a.exception);
        let j = judge(item, asset, value.as_ref(), claimed, &ctx);
        findings.push(Finding {
            target: asset.target(item),
            part: item.part.clone(),
            article: item.article.clone(),
            status: j.status,
            reasons: j.reasons,
            basis: item.basis.clone(),
            prefilled: prefilled && j.status != Status::Unanswered,
            exception_applied: j.exception_applied,
        });
    }
    let mut counts = Counts::default();
    for f in &findings {
        counts.add(f.status);
    }
    let parts = summaries(
        pack.parts.iter().map(|p| (p.id.as_str(), p.title.as_str())),
        findings.iter().map(|f| (f.part.as_str(), f.status)),
    );
    let articles = summaries(
        pack.articles.iter().map(|a| (a.id.as_str(), a.title.as_str())),
        findings.iter().map(|f| (f.article.as_str(), f.status)),
    );
    let unanswered = findings
        .iter()
        .filter(|f| f.status == Status::Unanswered)
        .map(|f| f.target.clone())
        .collect();
    let verdict = overall_verdict(&counts);
    let filing = filing_verdicts(pack, assessment, &findings);
    Evaluation {
        completion_percent: counts.completion_percent(),
        findings,
        counts,
        parts,
        articles,
        unanswered,
        verdict,
        filing,
    }
}

/// One summary per group in `groups` order, counting each row under its group id.
/// Rows naming an unknown group are not summarised (the pack check rules them out).
fn summaries<'a>(
    groups: impl Iterator<Item = (&'a str, &'a str)>,
    rows: impl Iterator<Item = (&'a str, Status)>,
) -> Vec<GroupSummary> {
    let mut out: Vec<GroupSummary> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (id, title) in groups {
        index.entry(id).or_insert_with(|| {
            out.push(GroupSummary {
                id: id.to_string(),
                title: title.to_string(),
                counts: Counts::default(),
                answered: 0,
                total: 0,
            });
            out.len() - 1
        });
    }
    for (group, status) in rows {
        if let Some(s) = index.get(group).and_then(|&i| out.get_mut(i)) {
            s.counts.add(status);
        }
    }
    for s in &mut out {
        s.answered = s.counts.answered();
        s.total = s.counts.total();
    }
    out
}
