//! A practice round as kept between visits: which case is shown, the answers given and whether the
//! score is showing. Stored apart from drafts; a stored round that no longer fits the cases (an
//! updated training set) is trimmed to what still does, never trusted blindly.

use std::borrow::Borrow;

use serde::{Deserialize, Serialize};

use super::{Case, CaseAnswer};

/// One round, as stored.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RoundRecord {
    /// Index of the case shown.
    #[serde(default)]
    pub index: usize,
    /// Submitted answers by case id, oldest first.
    #[serde(default)]
    pub answers: Vec<(String, CaseAnswer)>,
    /// The score is showing.
    #[serde(default)]
    pub finished: bool,
}

impl RoundRecord {
    /// The record with answers to unknown cases dropped and the index kept inside `cases`.
    pub fn fitted<C: Borrow<Case>>(mut self, cases: &[C]) -> Self {
        self.answers
            .retain(|(id, _)| cases.iter().any(|c| c.borrow().id == *id));
        self.index = self.index.min(cases.len().saturating_sub(1));
        self.finished &= !self.answers.is_empty();
        self
    }

    /// Reads a stored round; anything unreadable is a fresh round.
    pub fn from_json<C: Borrow<Case>>(text: &str, cases: &[C]) -> Self {
        serde_json::from_str::<RoundRecord>(text)
            .unwrap_or_default()
            .fitted(cases)
    }
}
