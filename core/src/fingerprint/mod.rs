//! The content fingerprint: SHA-256 over a canonical text of what a self-check says — its
//! questionnaire, unit profile, inventory, answers (with notes, evidence and ledger cells) and
//! parameters — and nothing about where or when it was stored (no draft id, no creation or save
//! times, no finalisation record). So a draft, its export, its re-import and a copy on another
//! machine have the same fingerprint. `docs/fingerprint.md` specifies it for other programs.

mod canonical;

pub use canonical::{is_empty, prune, write};

use serde::Serialize;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::model::{Answer, Assessment};

/// Names the canonical form in its own text, so a later form can never collide with this one.
pub const CANON_KIND: &str = "fingertip-content";

/// Version of the canonical form; see `docs/fingerprint.md`.
pub const CANON_VERSION: u32 = 1;

/// Length of the short fingerprint printed in text on the report: the first 16 hex digits.
pub const SHORT_LEN: usize = 16;

/// Lower-case hex of SHA-256 over `text`'s UTF-8 bytes (64 digits).
pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The content of `a` answered against pack `pack_id` version `pack_version`, as a JSON value
/// before pruning: see `docs/fingerprint.md` for the members.
pub fn content_value(pack_id: &str, pack_version: &str, a: &Assessment) -> Value {
    let body = a.to_body();
    json!({
        "kind": CANON_KIND,
        "canon_version": CANON_VERSION,
        "pack_id": pack_id,
        "pack_version": pack_version,
        "profile": to_value(&body.profile),
        "inventory": to_value(&body.inventory),
        "answers": to_value(&body.answers),
        "parameters": to_value(&body.parameters),
    })
}

/// Plain structs with string keys always convert; the `Null` fallback is unreachable.
fn to_value<T: Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or_default()
}

/// The canonical text of `a`'s content: [`content_value`], pruned, written as RFC 8785.
pub fn canonical_json(pack_id: &str, pack_version: &str, a: &Assessment) -> String {
    write(&prune(content_value(pack_id, pack_version, a)))
}

/// The full content fingerprint of `a`: 64 lower-case hex digits.
pub fn content_fingerprint(pack_id: &str, pack_version: &str, a: &Assessment) -> String {
    sha256_hex(&canonical_json(pack_id, pack_version, a))
}

/// The short form of a fingerprint: its first [`SHORT_LEN`] digits.
pub fn short(fingerprint: &str) -> &str {
    fingerprint.get(..SHORT_LEN).unwrap_or(fingerprint)
}

/// The digest of one answer (first 16 hex digits over its pruned canonical text), used by the
/// change log to tell which answers changed after a reopening.
pub fn answer_digest(answer: &Answer) -> String {
    short(&sha256_hex(&write(&prune(to_value(answer))))).to_string()
}
