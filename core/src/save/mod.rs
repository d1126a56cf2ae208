//! The saved form of an assessment: a versioned JSON file naming its criteria pack, parsed,
//! migrated from older format versions and validated against the current pack.

mod error;
mod issue;
mod migrate;
mod validate;

pub use error::SaveError;
pub use issue::{IssueKind, ValidationIssue};
pub use validate::validate;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::{Assessment, AssessmentBody};
use crate::pack::Pack;

/// The format version this build writes; files with a higher one are refused, lower ones migrated.
pub const FORMAT_VERSION: u32 = 3;

/// A saved file: format version, the pack it was answered against, and the assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedFile {
    /// Format of this file; see [`FORMAT_VERSION`].
    pub format_version: u32,
    /// Id of the criteria pack answered.
    pub pack_id: String,
    /// Version of that pack.
    pub pack_version: String,
    /// The assessment as plain data.
    pub assessment: AssessmentBody,
}

impl SavedFile {
    /// The saved form of `assessment` answered against `pack`, in the current format.
    pub fn new(pack: &Pack, assessment: &Assessment) -> Self {
        SavedFile {
            format_version: FORMAT_VERSION,
            pack_id: pack.id.clone(),
            pack_version: pack.version.clone(),
            assessment: assessment.to_body(),
        }
    }

    /// The assessment in memory (later duplicate answers win; [`validate`] reports them first).
    pub fn into_assessment(self) -> Assessment {
        Assessment::from_body(self.assessment)
    }
}

/// The file's JSON text: pretty-printed, fields in a fixed order and answers sorted by key,
/// so saving the same assessment twice gives the same bytes.
pub fn to_json(pack: &Pack, assessment: &Assessment) -> String {
    // Serialising plain structs with string-keyed maps cannot fail; the fallback is unreachable.
    serde_json::to_string_pretty(&SavedFile::new(pack, assessment)).unwrap_or_default()
}

/// `value`, a file of format `version`, migrated to the current format; `None` for a version
/// this build cannot read.
pub fn migrated(value: Value, version: u64) -> Option<Value> {
    if version == 0 || version > u64::from(FORMAT_VERSION) {
        return None;
    }
    migrate::to_current(value, version).ok()
}

/// Reads a saved file: checks it is ours and not from the future, migrates older formats,
/// and deserialises it. Does not check it against a pack: call [`validate`] next.
pub fn parse(json: &str) -> Result<SavedFile, SaveError> {
    let value: Value = serde_json::from_str(json).map_err(|e| SaveError::NotJson(e.to_string()))?;
    from_value(&value)
}

/// As [`parse`], for a file already parsed to JSON (the import parses strictly first), so its
/// text is not read a second time.
pub fn from_value(value: &Value) -> Result<SavedFile, SaveError> {
    let Some(object) = value.as_object() else {
        return Err(SaveError::NotOurFile("format_version".into()));
    };
    for key in ["format_version", "pack_id", "assessment"] {
        if !object.contains_key(key) {
            return Err(SaveError::NotOurFile(key.into()));
        }
    }
    let raw = object.get("format_version").cloned().unwrap_or_default();
    let version = match raw.as_u64() {
        Some(v) if v >= 1 => v,
        _ => return Err(SaveError::BadVersion(raw.to_string())),
    };
    if version > u64::from(FORMAT_VERSION) {
        return Err(SaveError::FutureVersion {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    let malformed = |e: serde_json::Error| SaveError::Malformed(e.to_string());
    if version == u64::from(FORMAT_VERSION) {
        // The current format needs no migration: read the value in place, without a copy.
        return SavedFile::deserialize(value).map_err(malformed);
    }
    let current = migrate::to_current(value.clone(), version)?;
    serde_json::from_value(current).map_err(malformed)
}
