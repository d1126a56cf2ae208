//! Findings as the report prints them: the red lines first, then every article with its counts
//! and its problem and unanswered rows.

use super::lookup::Lookup;
use super::text::{article_label, basis_line};
use crate::engine::{Counts, Evaluation, Finding, Status};
use crate::pack::Pack;

/// One finding, ready to print.
#[derive(Debug, Clone, PartialEq)]
pub struct FindingEntry {
    /// Item id, e.g. `B4.1`.
    pub item: String,
    /// Asset id (`unit` for the unit).
    pub asset: String,
    /// Asset display label.
    pub asset_label: String,
    /// The question.
    pub question: String,
    /// The status.
    pub status: Status,
    /// Its label, e.g. 红线.
    pub status_label: &'static str,
    /// Why: the firing rules' reasons, a claimed exception, or the 不适用 reason.
    pub reasons: Vec<String>,
    /// Citations, e.g. `《办法》 五类禁止情形(二)〔原文〕`.
    pub basis: Vec<String>,
    /// The unit's note on this row; empty when none.
    pub note: String,
    /// The value came from the inventory, not an explicit answer.
    pub prefilled: bool,
    /// A claimed exception lowered a red line to an advisory.
    pub exception_applied: bool,
}

/// One article of the pack with its counts and the rows to look at.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleSection {
    /// Article id, e.g. `4`, `G1`, `F`.
    pub id: String,
    /// Heading, e.g. `第4条 限制强制功能`, or the title for unnumbered articles.
    pub label: String,
    /// Part id.
    pub part: String,
    /// Status counts of its rows.
    pub counts: Counts,
    /// Red-line, advisory and unanswered rows, in questionnaire order.
    pub findings: Vec<FindingEntry>,
    /// What to print instead of findings: 本单位无适用题目 or 未发现问题; `None` when there are findings.
    pub empty_text: Option<&'static str>,
}

/// The printable form of finding `f`.
pub(crate) fn entry(pack: &Pack, lookup: &Lookup<'_>, f: &Finding) -> FindingEntry {
    let t = &f.target;
    FindingEntry {
        item: t.item.to_string(),
        asset: t.asset.to_string(),
        asset_label: t.label.clone(),
        question: lookup
            .item(&t.item)
            .map(|i| i.question.clone())
            .unwrap_or_default(),
        status: f.status,
        status_label: f.status.label(),
        reasons: f.reasons.clone(),
        basis: f.basis.iter().map(|b| basis_line(pack, b)).collect(),
        note: lookup
            .answer(&t.item, &t.asset)
            .map(|a| a.note.trim().to_string())
            .unwrap_or_default(),
        prefilled: f.prefilled,
        exception_applied: f.exception_applied,
    }
}

/// Every red-line finding, in questionnaire order.
pub(crate) fn red_lines(pack: &Pack, lookup: &Lookup<'_>, eval: &Evaluation) -> Vec<FindingEntry> {
    eval.findings
        .iter()
        .filter(|f| f.status == Status::RedLine)
        .map(|f| entry(pack, lookup, f))
        .collect()
}

/// One section per article of the pack, in pack order.
pub(crate) fn by_article(
    pack: &Pack,
    lookup: &Lookup<'_>,
    eval: &Evaluation,
) -> Vec<ArticleSection> {
    pack.articles
        .iter()
        .map(|article| {
            let counts = eval
                .articles
                .iter()
                .find(|s| s.id == article.id)
                .map(|s| s.counts)
                .unwrap_or_default();
            let findings: Vec<FindingEntry> = eval
                .findings
                .iter()
                .filter(|f| f.article == article.id)
                .filter(|f| {
                    matches!(
                        f.status,
                        Status::RedLine
                            | Status::Advisory
                            | Status::Unanswered
                            | Status::Undetermined
                    )
                })
                .map(|f| entry(pack, lookup, f))
                .collect();
            let empty_text = match (counts.total(), findings.is_empty()) {
                (0, _) => Some("本单位无适用题目"),
                (_, true) => Some("未发现问题"),
                (_, false) => None,
            };
            ArticleSection {
                id: article.id.clone(),
                label: article_label(&article.id, &article.title),
                part: article.part.clone(),
                counts,
                findings,
                empty_text,
            }
        })
        .collect()
}
