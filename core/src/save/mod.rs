//! The saved form of an assessment: a versioned JSON file naming its criteria pack, parsed,
//! migrated from older format versions and validated against the current pack.

mod error;
mod issue;
mod migrate;
mod stored_text;
mod validate;

pub use error::SaveError;
pub use issue::{IssueKind, ValidationIssue};
pub use stored_text::{joined, Part, StoredText};
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

/// The text a draft is stored under in the browser: the same file as [`to_json`], without the
/// indentation. Half the bytes for a large unit (500 apps + 500 groups: 2.2 MB instead of 4.3 MB),
/// so it fits the browser's few megabytes of storage and each save moves half as much.
pub fn to_stored_json(pack: &Pack, assessment: &Assessment) -> String {
    // As in `to_json`: serialising plain structs with string-keyed maps cannot fail.
    serde_json::to_string(&SavedFile::new(pack, assessment)).unwrap_or_default()
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
    match checked_version(&value)? {
        // The current format needs no migration: its text is read as it is.
        Current::Yes => read_text(json),
        Current::No(version) => read_text(&migrate::to_current(value, version)?.to_string()),
    }
}

/// As [`parse`], for a file already parsed to JSON (the import parses strictly first).
pub fn from_value(value: &Value) -> Result<SavedFile, SaveError> {
    from_value_and_text(value, None)
}

/// As [`from_value`], given also the text `value` was parsed from when there is one: a file in the
/// current format is then read from that text, not from a copy of `value` written out again (a
/// 4 MB file: one serialisation and several megabytes less at the import's peak).
pub fn from_value_and_text(value: &Value, text: Option<&str>) -> Result<SavedFile, SaveError> {
    match (checked_version(value)?, text) {
        (Current::Yes, Some(text)) => read_text(text),
        (Current::Yes, None) => read_text(&value.to_string()),
        (Current::No(version), _) => {
            read_text(&migrate::to_current(value.clone(), version)?.to_string())
        }
    }
}

/// A saved file's text in the current format, typed. Every path reads a file from text through
/// this one call, so the reader of the whole file type is built once into the app (each other
/// input type, such as a JSON value, would build it again: about 30 KB gzip each, measured).
pub fn read_text(json: &str) -> Result<SavedFile, SaveError> {
    serde_json::from_str(json).map_err(|e| {
        let detail = e.to_string();
        // The position is in the text as read here, which may be a migrated copy: left out.
        SaveError::Malformed(
            detail
                .split(" at line ")
                .next()
                .unwrap_or(&detail)
                .to_string(),
        )
    })
}

/// Whether a file is in the current format, and if not, which older one.
enum Current {
    Yes,
    No(u64),
}

/// The file's format version, checked: ours, a positive whole number, not from the future.
fn checked_version(value: &Value) -> Result<Current, SaveError> {
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
    Ok(match version == u64::from(FORMAT_VERSION) {
        true => Current::Yes,
        false => Current::No(version),
    })
}
