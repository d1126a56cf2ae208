//! Migration of older save formats to the current one, one version step at a time.
//! Version 1 is the first format, so nothing needs migrating yet. A future format 2 turns the
//! `1` arm into `1 => to_current(v1_to_v2(value)?, 2)` and adds `2 => Ok(value)`; the fixture
//! under `core/tests/fixtures/v1/` then keeps proving that old files still open.

use serde_json::Value;

use super::SaveError;

/// Brings a file of format `from` (already checked not to be newer than ours) up to date.
pub(super) fn to_current(value: Value, from: u64) -> Result<Value, SaveError> {
    match from {
        1 => Ok(value),
        other => Err(SaveError::BadVersion(other.to_string())),
    }
}
