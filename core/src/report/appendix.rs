//! The appendix (附录): every applicable row with the answer as Chinese text, the status, the
//! unit's note and the evidence it ticked, grouped by part.

use super::lookup::Lookup;
use super::text::{evidence_text, value_text};
use crate::engine::{effective_value, AssetRef, Evaluation, Finding, Status};
use crate::model::Assessment;
use crate::pack::Pack;

/// One answered (or open) row.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerRow {
    /// Item id.
    pub item: String,
    /// Asset display label.
    pub asset_label: String,
    /// The question.
    pub question: String,
    /// The answer as text, e.g. `是`, `打卡签到、积分排名`, `12个`, `从未`, `不适用(理由)`,
    /// `未作答`; `(据清单预填)` marks values taken from the inventory.
    pub answer: String,
    /// Status label, e.g. 符合.
    pub status_label: &'static str,
    /// The status.
    pub status: Status,
    /// The unit's note; empty when none.
    pub note: String,
    /// Ticked evidence, e.g. `✓ 本单位应用清单;✓ 迁移方案`; empty when none.
    pub evidence: String,
}

/// The rows of one part.
#[derive(Debug, Clone, PartialEq)]
pub struct AppendixPart {
    /// Part id.
    pub id: String,
    /// Part title.
    pub title: String,
    /// Its rows, in questionnaire order.
    pub rows: Vec<AnswerRow>,
}

/// One section per part that has rows, in pack order; together they hold every finding.
pub(crate) fn appendix(
    pack: &Pack,
    assessment: &Assessment,
    lookup: &Lookup<'_>,
    eval: &Evaluation,
) -> Vec<AppendixPart> {
    pack.parts
        .iter()
        .map(|part| AppendixPart {
            id: part.id.clone(),
            title: part.title.clone(),
            rows: eval
                .findings
                .iter()
                .filter(|f| f.part == part.id)
                .map(|f| row(assessment, lookup, f))
                .collect(),
        })
        .filter(|p| !p.rows.is_empty())
        .collect()
}

/// The appendix row of one finding.
fn row(assessment: &Assessment, lookup: &Lookup<'_>, f: &Finding) -> AnswerRow {
    let t = &f.target;
    let item = lookup.item(&t.item);
    let answer = lookup.answer(&t.item, &t.asset);
    let value = match (item, AssetRef::find(assessment, t.scope, &t.asset)) {
        (Some(item), Some(asset)) => effective_value(item, asset, answer, &assessment.inventory).0,
        _ => answer.and_then(|a| a.value.clone()),
    };
    let mut text = match (f.status, item, value) {
        (Status::Unanswered, _, _) | (_, _, None) => "未作答".to_string(),
        (_, Some(item), Some(v)) => value_text(&item.answer, &v),
        (_, None, Some(_)) => "—".to_string(),
    };
    if f.prefilled {
        text.push_str("(据清单预填)");
    }
    if answer.is_some_and(|a| a.exception) {
        if let Some(e) = item.and_then(|i| i.exception.as_ref()) {
            text.push_str(&format!(";声明例外:{}", e.label));
        }
    }
    AnswerRow {
        item: t.item.to_string(),
        asset_label: t.label.clone(),
        question: item.map(|i| i.question.clone()).unwrap_or_default(),
        answer: text,
        status_label: f.status.label(),
        status: f.status,
        note: answer
            .map(|a| a.note.trim().to_string())
            .unwrap_or_default(),
        evidence: match (item, answer) {
            (Some(i), Some(a)) => evidence_text(i, a),
            _ => String::new(),
        },
    }
}
