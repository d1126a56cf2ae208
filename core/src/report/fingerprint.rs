//! The assessment fingerprint printed on the report cover: it ties a printed report to the exact
//! saved file it came from, so a reader can tell two versions of a self-check apart.

use sha2::{Digest, Sha256};

use crate::model::Assessment;
use crate::pack::Pack;
use crate::save;

/// The first 16 hex digits (lower case) of SHA-256 over `json`, the canonical saved JSON.
pub fn fingerprint(json: &str) -> String {
    Sha256::digest(json.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The fingerprint of `assessment` as saved against `pack`: `fingerprint(&save::to_json(..))`.
/// Saving is deterministic, so the same assessment always has the same fingerprint.
pub fn assessment_fingerprint(pack: &Pack, assessment: &Assessment) -> String {
    fingerprint(&save::to_json(pack, assessment))
}
