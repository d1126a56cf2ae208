//! What the start page lists for each saved draft, computed once when the draft is saved.

use serde::{Deserialize, Serialize};

use crate::engine::Evaluation;
use crate::model::{clean_title, Assessment, DraftId, DraftOrigin, Purpose};

/// One line of the draft list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftSummary {
    /// Draft id.
    pub id: DraftId,
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
    /// The first wizard step that still needs input: where opening the draft lands.
    #[serde(default)]
    pub next_step: NextStep,
    /// Set when the stored draft was written by a newer build (its format version): it is kept
    /// exactly as stored and listed, but this build cannot open it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newer_format: Option<u64>,
    /// The name the user gave the draft; empty: none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Where the draft came from, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<DraftOrigin>,
}

impl DraftSummary {
    /// What the list calls the draft: its own name, else the unit.
    pub fn label(&self) -> &str {
        if self.title.is_empty() {
            &self.unit
        } else {
            &self.title
        }
    }
}

/// Gives draft `a` the name `typed` (cleaned by [`clean_title`]; blank removes the name).
/// Allowed on a finalised draft too: the name is the list's, not the report's (the fingerprint
/// does not cover it). Returns whether the name changed.
pub fn rename(a: &mut Assessment, typed: &str) -> bool {
    let title = clean_title(typed);
    let changed = a.title != title;
    a.title = title;
    changed
}

/// The first wizard step of a draft that still needs input.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NextStep {
    /// 单位信息: the unit has no name yet.
    Unit,
    /// 清单: nothing listed yet (a unit with no apps, accounts or groups confirms that there).
    Inventory,
    /// 自查: rows still unanswered or undetermined (also the default for old index lines).
    #[default]
    Check,
    /// 结果: everything answered.
    Result,
}

/// Where a draft should open: the first step that still needs input.
pub fn next_step(a: &Assessment, e: &Evaluation) -> NextStep {
    let inv = &a.inventory;
    if a.profile.name.trim().is_empty() {
        NextStep::Unit
    } else if inv.apps.is_empty()
        && inv.accounts.is_empty()
        && inv.groups.is_empty()
        && e.counts.unanswered > 0
    {
        NextStep::Inventory
    } else if e.counts.unanswered + e.counts.undetermined > 0 {
        NextStep::Check
    } else {
        NextStep::Result
    }
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
        next_step: next_step(a, e),
        newer_format: None,
        title: a.title.clone(),
        origin: a.origin.clone(),
    }
}
