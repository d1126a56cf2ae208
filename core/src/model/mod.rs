//! The assessment a unit fills in: profile, inventory, answers and parameter overrides.

mod answer;
mod answer_record;
mod answers;
mod cycle;
mod finalisation;
mod ids;
mod inventory;
mod origin;
mod profile;

pub use answer::{
    Answer, AnswerRecord, AnswerValue, Justification, JustificationField, RectStatus, Suggested,
};
pub use answers::{AnswerGroup, Answers};
pub use cycle::{LedgerEvent, LedgerHistory, Predecessor};
pub use finalisation::{AnswerDigest, AnswerRef, Finalisation, Finalised, Reopening};
pub use ids::{AssetId, DraftId, ItemId, UNIT_ASSET};
pub use inventory::{
    Account, App, AppAudience, AppForm, AppRole, AppStatus, FilingStatus, Group, GroupKind,
    Inventory,
};
pub use origin::{clean_title, DraftOrigin, TITLE_MAX_CHARS};
pub use profile::{Purpose, UnitLevel, UnitProfile, UnitType};

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Key of an answer: (item id, asset id).
pub type AnswerKey = (ItemId, AssetId);

/// One unit's self-check, in memory.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Assessment {
    /// Draft id, unique within this browser.
    pub id: DraftId,
    /// Creation time, ISO 8601.
    pub created: String,
    /// Last change time, ISO 8601.
    pub updated: String,
    /// Who and why.
    pub profile: UnitProfile,
    /// Apps, accounts, groups.
    pub inventory: Inventory,
    /// Answers keyed by (item, asset).
    pub answers: Answers,
    /// Parameter values that differ from the pack defaults.
    pub parameters: BTreeMap<String, f64>,
    /// 定稿 state and change log.
    pub finalisation: Finalisation,
    /// Overlay packs (local criteria) this draft is answered with, carried whole so the draft
    /// opens in a browser that never loaded them.
    pub overlays: Vec<crate::overlay::Overlay>,
    /// The name the user gave this draft in the list; empty: the list shows the unit.
    pub title: String,
    /// How this draft got into this browser; `None` for drafts saved before it was kept.
    pub origin: Option<DraftOrigin>,
    /// The self-check this one was started from; `None` for a first check.
    pub predecessor: Option<Predecessor>,
    /// History of each ledger row across the chain, keyed by item id (one row per problem).
    pub ledger_history: BTreeMap<ItemId, LedgerHistory>,
}

/// The parts of an assessment that are plain data, as stored (answers as a list of records).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AssessmentBody {
    /// Draft id.
    pub id: DraftId,
    /// Creation time.
    pub created: String,
    /// Last change time.
    pub updated: String,
    /// Who and why.
    pub profile: UnitProfile,
    /// Apps, accounts, groups.
    #[serde(default)]
    pub inventory: Inventory,
    /// Answers.
    #[serde(default)]
    pub answers: Vec<AnswerRecord>,
    /// Parameter overrides.
    #[serde(default)]
    pub parameters: BTreeMap<String, f64>,
    /// 定稿 state and change log; absent in files never finalised.
    #[serde(default, skip_serializing_if = "Finalisation::is_empty")]
    pub finalisation: Finalisation,
    /// Overlay packs answered with, whole; absent when none (older files open unchanged).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::overlay::deserialize_list"
    )]
    pub overlays: Vec<crate::overlay::Overlay>,
    /// The draft's own name; absent when none was given.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Where the draft came from in the browser that saved it; absent in older files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<DraftOrigin>,
    /// The previous self-check (format 3); absent in first checks and older files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predecessor: Option<Predecessor>,
    /// Ledger row histories (format 3); absent when empty.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ledger_history: BTreeMap<ItemId, LedgerHistory>,
}

impl Assessment {
    /// Whether the self-check is finalised (定稿) and therefore read-only.
    pub fn is_finalised(&self) -> bool {
        self.finalisation.finalised.is_some()
    }

    /// The answer to `item` for `asset`, if any.
    pub fn answer(&self, item: &str, asset: &str) -> Option<&Answer> {
        self.answers.get_by(item, asset)
    }

    /// Converts to the stored form (answers as a sorted list).
    pub fn to_body(&self) -> AssessmentBody {
        self.to_body_with(
            self.answers
                .iter()
                .map(|((item, asset), answer)| AnswerRecord {
                    item: item.clone(),
                    asset: asset.clone(),
                    answer: answer.clone(),
                })
                .collect(),
        )
    }

    /// The stored form with `answers` as its answer list (the stored text builds it without).
    pub(crate) fn to_body_with(&self, answers: Vec<AnswerRecord>) -> AssessmentBody {
        AssessmentBody {
            id: self.id.clone(),
            created: self.created.clone(),
            updated: self.updated.clone(),
            profile: self.profile.clone(),
            inventory: self.inventory.clone(),
            answers,
            parameters: self.parameters.clone(),
            finalisation: self.finalisation.clone(),
            overlays: self.overlays.clone(),
            title: self.title.clone(),
            origin: self.origin.clone(),
            predecessor: self.predecessor.clone(),
            ledger_history: self.ledger_history.clone(),
        }
    }

    /// Builds from the stored form; later duplicates win (validation reports them before this).
    pub fn from_body(body: AssessmentBody) -> Self {
        Assessment {
            id: body.id,
            created: body.created,
            updated: body.updated,
            profile: body.profile,
            inventory: body.inventory,
            answers: body
                .answers
                .into_iter()
                .map(|r| ((r.item, r.asset), r.answer))
                .collect(),
            parameters: body.parameters,
            finalisation: body.finalisation,
            overlays: body.overlays,
            title: body.title,
            origin: body.origin,
            predecessor: body.predecessor,
            ledger_history: body.ledger_history,
        }
    }
}
