//! Migration of older save formats to the current one, one version step at a time. Each step
//! is a pure function of the JSON value; the fixtures under `core/tests/fixtures/v<N>/` keep
//! proving that files of every past format still open.
//!
//! - Format 1 → 2 (pack 1.1.0): apps gain `role` (主办 or 使用). A format-1 file never said,
//!   and the page asked for apps the unit 主办或使用, so every app becomes `hosted`, the
//!   conservative choice (building and filing rules apply); the import preview says so.
//! - Format 2 → 3 (the rectification cycle): new optional members only — `predecessor`,
//!   `ledger_history`, answers' `provisional` flag and the ledger status `closed` (已销号).
//!   A format-2 file has none of them, so nothing is rewritten: it is a first check, every
//!   answer confirmed, no row closed.

use serde_json::Value;

use super::SaveError;

/// Brings a file of format `from` (already checked not to be newer than ours) up to date.
pub(super) fn to_current(value: Value, from: u64) -> Result<Value, SaveError> {
    match from {
        1 => to_current(v1_to_v2(value), 2),
        2 => to_current(v2_to_v3(value), 3),
        3 => Ok(value),
        other => Err(SaveError::BadVersion(other.to_string())),
    }
}

/// Every app without a role becomes hosted; the format version becomes 2.
fn v1_to_v2(mut value: Value) -> Value {
    if let Some(apps) = value
        .pointer_mut("/assessment/inventory/apps")
        .and_then(Value::as_array_mut)
    {
        for app in apps.iter_mut().filter_map(Value::as_object_mut) {
            app.entry("role").or_insert_with(|| Value::from("hosted"));
        }
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("format_version".into(), Value::from(2));
    }
    value
}

/// Only the version changes: every member format 3 adds is optional and absent means "none".
fn v2_to_v3(mut value: Value) -> Value {
    if let Some(object) = value.as_object_mut() {
        object.insert("format_version".into(), Value::from(3));
    }
    value
}
