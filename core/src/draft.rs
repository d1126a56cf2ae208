//! What the start page lists for each saved draft, computed once when the draft is saved.

use serde::{Deserialize, Serialize};

use crate::engine::Evaluation;
use crate::model::{Assessment, Purpose};

/// One line of the draft list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftSummary {
    /// Draft id.
    pub id: String,
    /// Unit name (or a placeholder when not yet given).
    pub unit: String,
    /// Purpose; 培训练习 drafts are listed apart from real ones.
    pub purpose: Purpose,
    /// Last saved, ISO 8601.
    pub updated: String,
    /// Answered share in whole percent.
    pub progress: u8,
    /// Red-line findings.
    pub red_lines: usize,
    /// Set when the stored draft was written by a newer build (its format version): it is kept
    /// exactly as stored and listed, but this build cannot open it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newer_format: Option<u64>,
}

/// Shown when the unit has no name yet.
pub const UNNAMED_UNIT: &str = "(未填写单位名称)";

/// Summarises a draft for the list.
pub fn summarize(a: &Assessment, e: &Evaluation) -> DraftSummary {
    let unit = a.profile.name.trim();
    DraftSummary {
        id: a.id.clone(),
        unit: if unit.is_empty() {
            UNNAMED_UNIT.to_string()
        } else {
            unit.to_string()
        },
        purpose: a.profile.purpose,
        updated: a.updated.clone(),
        progress: e.completion_percent,
        red_lines: e.counts.red_line,
        newer_format: None,
    }
}
