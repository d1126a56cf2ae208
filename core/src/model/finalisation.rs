//! The finalisation record kept inside a saved self-check: who finalised it (定稿), when, with
//! which content fingerprint, and every reopening since (重新打开) with its reason.

use serde::{Deserialize, Serialize};

use super::{AssetId, ItemId};

/// A finalised self-check: the people named as typed, the time and the content fingerprint.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finalised {
    /// 填报人, as typed when finalising.
    pub assessor: String,
    /// 审核人, as typed when finalising (may be empty).
    #[serde(default)]
    pub reviewer: String,
    /// When it was finalised, ISO 8601.
    pub at: String,
    /// The full content fingerprint (64 hex digits) at that moment; see `docs/fingerprint.md`.
    pub fingerprint: String,
}

/// One answer's digest when a finalised self-check was reopened, to tell later which changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerDigest {
    /// Item id.
    pub item: ItemId,
    /// Asset id or `unit`.
    pub asset: AssetId,
    /// First 16 hex digits of SHA-256 over the answer's canonical JSON.
    pub digest: String,
}

/// An answer named in the change log.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerRef {
    /// Item id.
    pub item: ItemId,
    /// Asset id or `unit`.
    pub asset: AssetId,
}

/// One reopening of a finalised self-check, closed when it is finalised again.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reopening {
    /// Why it was reopened, as typed.
    pub reason: String,
    /// When, ISO 8601.
    pub at: String,
    /// The fingerprint it had when finalised before.
    pub before: String,
    /// The fingerprint when finalised again; empty while still open.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub after: String,
    /// Answers added, removed or changed between reopening and finalising again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changed: Vec<AnswerRef>,
    /// Digest of every answer at reopening; kept only while the reopening is open.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub baseline: Vec<AnswerDigest>,
}

impl Reopening {
    /// Whether the self-check has not been finalised again since this reopening.
    pub fn is_open(&self) -> bool {
        self.after.is_empty()
    }
}

/// The finalisation state and change log of a self-check; empty for drafts never finalised
/// (and then absent from saved files, so older files open unchanged).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finalisation {
    /// Set while the self-check is finalised: it is then read-only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finalised: Option<Finalised>,
    /// Every reopening, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub log: Vec<Reopening>,
}

impl Finalisation {
    /// Whether there is nothing to record (never finalised).
    pub fn is_empty(&self) -> bool {
        self.finalised.is_none() && self.log.is_empty()
    }
}
