//! From text to a JSON value, and what kind of file that value is: a saved file, a backup, or
//! not ours — with the format version checked before anything else is trusted.

use serde_json::error::Category;
use serde_json::{Map, Value};

use super::error::clip;
use super::strict_json::{parse_strict, StrictError};
use super::ImportError;
use crate::save::FORMAT_VERSION;

/// The `kind` a backup file declares.
pub const BACKUP_KIND: &str = "fingertip-backup";

/// What a parsed JSON value is.
pub(super) enum Shape<'a> {
    /// A saved file (it has `format_version` and `assessment`).
    Saved(&'a Map<String, Value>),
    /// A whole-browser backup.
    Backup(&'a Map<String, Value>),
}

/// Parses the text; a cut-off file is told apart from a broken one, a number too large for a
/// double from bad syntax, and a key given twice is refused with its path.
pub(super) fn parse_json(text: &str) -> Result<Value, ImportError> {
    parse_strict(text).map_err(|e| match e {
        StrictError::Duplicate(path) => ImportError::DuplicateKey(clip(&path, 120)),
        StrictError::Json(e) => match e.classify() {
            Category::Eof => ImportError::Truncated,
            _ if e.to_string().starts_with("number out of range") => {
                ImportError::NumberOutOfRange {
                    line: e.line(),
                    column: e.column(),
                }
            }
            _ => ImportError::NotJson {
                line: e.line(),
                column: e.column(),
            },
        },
    })
}

/// Tells a saved file from a backup; anything else is not ours.
pub(super) fn shape(value: &Value) -> Result<Shape<'_>, ImportError> {
    let Some(object) = value.as_object() else {
        return Err(ImportError::NotOurFile);
    };
    if object.get("kind").and_then(Value::as_str) == Some(BACKUP_KIND) {
        return Ok(Shape::Backup(object));
    }
    if object.contains_key("format_version") && object.contains_key("assessment") {
        Ok(Shape::Saved(object))
    } else {
        Err(ImportError::NotOurFile)
    }
}

/// The file's `format_version`: a whole number from 1 up to [`FORMAT_VERSION`].
pub(super) fn format_version(object: &Map<String, Value>) -> Result<u64, ImportError> {
    let Some(raw) = object.get("format_version") else {
        return Err(ImportError::NotOurFile);
    };
    match raw.as_u64() {
        Some(v) if v > u64::from(FORMAT_VERSION) => Err(ImportError::FutureVersion(v)),
        Some(v) if v >= 1 => Ok(v),
        _ => Err(ImportError::BadVersion(clip(&raw.to_string(), 40))),
    }
}

/// Number of entries in `drafts`, for telling the user what a backup holds.
pub(super) fn draft_count(object: &Map<String, Value>) -> usize {
    object
        .get("drafts")
        .and_then(Value::as_array)
        .map_or(0, Vec::len)
}
