//! The rectification list (整改清单): one row per problem, red lines first, then in pack order.

use super::evaluate::Evaluation;
use super::index::{AnswerIndex, PackIndex};
use crate::model::{Assessment, AssetId, ItemId, RectStatus};
use crate::pack::{Pack, Severity};

/// One row of the rectification list.
#[derive(Debug, Clone, PartialEq)]
pub struct RectRow {
    /// 序号, from 1.
    pub no: usize,
    /// Item id.
    pub item: ItemId,
    /// Asset id (`unit` for the unit).
    pub asset: AssetId,
    /// Asset display label.
    pub asset_label: String,
    /// 红线 or 建议.
    pub severity: Severity,
    /// 问题: the question, then the reasons.
    pub problem: String,
    /// 依据: each citation as document short name, clause and confidence, joined with ;.
    pub basis: String,
    /// 整改措施: the unit's measure, else the item's remedy.
    pub measure: String,
    /// 责任人
    pub owner: String,
    /// 时限
    pub deadline: String,
    /// 状态
    pub status: RectStatus,
}

/// Exactly one row for every advisory or red-line finding of `evaluation`: red lines first, each
/// group in pack order (the findings' order), numbered from 1.
pub fn rectification_rows(
    pack: &Pack,
    assessment: &Assessment,
    evaluation: &Evaluation,
) -> Vec<RectRow> {
    let items = PackIndex::new(pack);
    let answers = AnswerIndex::new(assessment);
    let mut problems: Vec<_> = evaluation
        .findings
        .iter()
        .filter_map(|f| f.severity().map(|s| (s, f)))
        .collect();
    // Stable: keeps pack order within each severity.
    problems.sort_by_key(|(s, _)| std::cmp::Reverse(*s));
    let mut rows = Vec::with_capacity(problems.len());
    for (no, (severity, f)) in problems.into_iter().enumerate() {
        let item = items.item(&f.target.item);
        let answer = answers.get(&f.target.item, &f.target.asset);
        let question = item
            .map(|i| i.question.as_str())
            .unwrap_or(f.target.item.as_str());
        let problem = match f.reasons.is_empty() {
            true => question.to_string(),
            false => format!("{question}({})", f.reasons.join(";")),
        };
        let basis = f
            .basis
            .iter()
            .map(|b| {
                let doc = items
                    .document(&b.document)
                    .map(|d| d.short.as_str())
                    .unwrap_or(&b.document);
                format!("{doc}{}({})", b.clause, b.confidence.label())
            })
            .collect::<Vec<_>>()
            .join(";");
        let measure = answer
            .and_then(|a| a.measure.clone())
            .filter(|m| !m.trim().is_empty())
            .or_else(|| item.map(|i| i.remedy.clone()))
            .unwrap_or_default();
        rows.push(RectRow {
            no: no + 1,
            item: f.target.item.clone(),
            asset: f.target.asset.clone(),
            asset_label: f.target.label.clone(),
            severity,
            problem,
            basis,
            measure,
            owner: answer.map(|a| a.owner.clone()).unwrap_or_default(),
            deadline: answer.map(|a| a.deadline.clone()).unwrap_or_default(),
            status: answer.map(|a| a.status).unwrap_or_default(),
        });
    }
    rows
}
