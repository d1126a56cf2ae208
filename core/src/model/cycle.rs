//! What ties one self-check to the previous one of the same unit: the predecessor link and the
//! history of each ledger row (one per problem, keyed by item id) across the chain.

use serde::{Deserialize, Serialize};

use super::{DraftId, RectStatus};

/// The self-check this one was started from (另起一次自查).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Predecessor {
    /// Draft id of the previous self-check.
    pub id: DraftId,
    /// Its assessment date, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    /// Its full content fingerprint (64 hex digits) when this one was started.
    #[serde(default)]
    pub fingerprint: String,
}

/// One dated event in a ledger row's life.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerEvent {
    /// `YYYY-MM-DD` of the event.
    pub date: String,
    /// Draft id of the self-check the event happened in.
    pub check: DraftId,
    /// The status set, or `None` for the row's creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RectStatus>,
    /// Who (the assessor of that check), for 已销号 above all.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub who: String,
}

/// The history of one ledger row (one problem = one item), carried from check to check.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerHistory {
    /// Draft id of the self-check that first found the problem.
    pub created_in: DraftId,
    /// Its date.
    #[serde(default)]
    pub created_on: String,
    /// Status changes, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<LedgerEvent>,
}

impl LedgerHistory {
    /// The 已销号 event, if the row was closed: (who, when).
    pub fn closed(&self) -> Option<&LedgerEvent> {
        self.events
            .iter()
            .rev()
            .find(|e| e.status.is_some())
            .filter(|e| e.status == Some(RectStatus::Closed))
    }
}
