//! Evaluation of a whole assessment: one finding per applicable row, counts, per-part and
//! per-article summaries, completion, and the verdicts. Re-evaluation after an edit is in
//! `reevaluate.rs`, built from the same row judgement ([`judge_row`]) and totals ([`finish`]).

use std::sync::Arc;

use super::exception::Claim;
use super::filing::{filing_verdicts, FilingVerdict};
use super::index::AnswerIndex;
use super::judge::{judge, JudgeContext};
use super::params::Params;
use super::prefill::effective_value;
use super::status::Status;
use super::summary::{summaries, Counts, GroupSummary};
use super::target::{applicable, AssetRef, Target};
use super::verdict::{overall_verdict, Verdict};
use crate::model::{Answer, Assessment};
use crate::pack::{BasisRef, Item, Pack, Scope, Severity};

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
    /// Why, in Chinese (the firing rules' reasons, an exception, or the 不适用 reason); a problem
    /// or a row that cannot be judged ends with its `thresholds`.
    pub reasons: Vec<String>,
    /// The item's citations that cover this kind of object (shared by the item's rows of one kind).
    pub basis: Arc<[BasisRef]>,
    /// "判定阈值:…" for every parameter the row's rules used: the figure in force and its source.
    pub thresholds: Vec<String>,
    /// The value came from the inventory, not from an explicit answer.
    pub prefilled: bool,
    /// A claimed exception lowered a red line to an advisory.
    pub exception_applied: bool,
    /// The row holds a provisional answer (待复核/待确认): shown, judged as not yet answered.
    pub provisional: bool,
}

impl Finding {
    /// The severity when the finding is a problem.
    pub fn severity(&self) -> Option<Severity> {
        self.status.severity()
    }
}

/// Everything the report shows, computed from (pack, assessment).
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// One finding per applicable row, in pack item order then inventory order. Shared, so a
    /// re-evaluation after an edit copies pointers, not rows.
    pub findings: Vec<Arc<Finding>>,
    /// Status counts over all rows; they add up to `findings.len()`.
    pub counts: Counts,
    /// Per part, in pack order.
    pub parts: Vec<GroupSummary>,
    /// Per article, in pack order.
    pub articles: Vec<GroupSummary>,
    /// Answered share in whole percent.
    pub completion_percent: u8,
    /// The overall verdict.
    pub verdict: Verdict,
    /// Filing readiness of every app, in inventory order.
    pub filing: Vec<FilingVerdict>,
}

impl Evaluation {
    /// Rows still without a usable answer or that cannot be judged (未作答, 无法判断), in order.
    pub fn unanswered(&self) -> Vec<&Target> {
        self.findings
            .iter()
            .filter(|f| f.status.is_open())
            .map(|f| &f.target)
            .collect()
    }
}

/// Evaluates `assessment` against `pack`: linear in rows, with answers and items indexed by hash.
pub fn evaluate(pack: &Pack, assessment: &Assessment) -> Evaluation {
    let params = Params::new(pack, &assessment.parameters);
    let ctx = JudgeContext::new(&assessment.profile, &params);
    let answers = AnswerIndex::new(assessment);
    let mut basis = BasisCache::default();
    let findings = applicable(pack, assessment)
        .into_iter()
        .map(|(item, asset)| {
            let answer = answers.get(&item.id, asset.id());
            Arc::new(judge_row(item, asset, answer, assessment, &ctx, &mut basis))
        })
        .collect();
    finish(pack, assessment, &ctx, findings)
}

/// The citations of one item for one kind of object, built once per run of rows of one item.
#[derive(Default)]
pub(super) struct BasisCache<'a>(pub(super) Option<(&'a Item, Scope, Arc<[BasisRef]>)>);

impl<'a> BasisCache<'a> {
    pub(super) fn of(&mut self, item: &'a Item, scope: Scope) -> Arc<[BasisRef]> {
        match &self.0 {
            Some((i, s, b)) if std::ptr::eq(*i, item) && *s == scope => Arc::clone(b),
            _ => {
                let b: Arc<[BasisRef]> = item
                    .basis
                    .iter()
                    .filter(|b| b.covers(scope))
                    .cloned()
                    .collect();
                self.0 = Some((item, scope, Arc::clone(&b)));
                b
            }
        }
    }
}

/// The finding of one applicable row.
pub(super) fn judge_row<'a>(
    item: &'a Item,
    asset: AssetRef<'_>,
    held: Option<&Answer>,
    assessment: &Assessment,
    ctx: &JudgeContext<'_>,
    basis: &mut BasisCache<'a>,
) -> Finding {
    // A provisional answer is shown but never counted: judge the row as if it had none.
    let answer = held.filter(|a| !a.provisional);
    let (value, prefilled) = effective_value(item, asset, answer, &assessment.inventory);
    let mut j = judge(item, asset, value.as_ref(), Claim::of(answer), ctx);
    if j.status.severity().is_some() || j.status == Status::Undetermined {
        // The figure in force travels with the finding wherever its reasons are shown.
        j.reasons.extend(j.thresholds.iter().cloned());
    }
    Finding {
        target: asset.target(item),
        part: item.part.clone(),
        article: item.article.clone(),
        status: j.status,
        reasons: j.reasons,
        basis: basis.of(item, asset.scope()),
        thresholds: j.thresholds,
        prefilled: prefilled && j.status != Status::Unanswered,
        exception_applied: j.exception_applied,
        provisional: held.is_some_and(|a| a.provisional),
    }
}

/// Counts, summaries, verdicts and filing over `findings`.
pub(super) fn finish(
    pack: &Pack,
    assessment: &Assessment,
    ctx: &JudgeContext<'_>,
    findings: Vec<Arc<Finding>>,
) -> Evaluation {
    let mut counts = Counts::default();
    for f in &findings {
        counts.add(f.status);
    }
    let parts = summaries(
        pack.parts.iter().map(|p| (p.id.as_str(), p.title.as_str())),
        findings.iter().map(|f| (f.part.as_str(), f.status)),
    );
    let articles = summaries(
        pack.articles
            .iter()
            .map(|a| (a.id.as_str(), a.title.as_str())),
        findings.iter().map(|f| (f.article.as_str(), f.status)),
    );
    let verdict = overall_verdict(&counts, ctx.today.is_some());
    let filing = filing_verdicts(pack, assessment, &findings);
    Evaluation {
        completion_percent: counts.completion_percent(),
        findings,
        counts,
        parts,
        articles,
        verdict,
        filing,
    }
}
