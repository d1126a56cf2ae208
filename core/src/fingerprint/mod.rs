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

use crate::model::{Answer, AnswerRecord, Assessment};

/// Names the canonical form in its own text, so a later form can never collide with this one.
pub const CANON_KIND: &str = "fingertip-content";

/// Version of the canonical form; see `docs/fingerprint.md`.
pub const CANON_VERSION: u32 = 1;

/// Length of the short fingerprint printed in text on the report: the first 16 hex digits.
pub const SHORT_LEN: usize = 16;

/// Lower-case hex of SHA-256 over `text`'s UTF-8 bytes (64 digits).
pub fn sha256_hex(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

/// Lower-case hex of `bytes`.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
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
    let mut text = String::new();
    canonical_pieces(pack_id, pack_version, a, &mut |piece| text.push_str(piece));
    text
}

/// The full content fingerprint of `a`: 64 lower-case hex digits.
pub fn content_fingerprint(pack_id: &str, pack_version: &str, a: &Assessment) -> String {
    let mut hasher = Sha256::new();
    canonical_pieces(pack_id, pack_version, a, &mut |piece| {
        hasher.update(piece.as_bytes())
    });
    hex(&hasher.finalize())
}

/// [`canonical_json`] handed to `out` in pieces, the answers one at a time: the same text
/// without a JSON value (or a copy) of the whole content. At 500 + 500 that value was ~28 MB
/// and its fingerprint ~140 ms of opening the report; `core/tests/content_fingerprint.rs` checks
/// the pieces against the whole value's text.
fn canonical_pieces(pack_id: &str, pack_version: &str, a: &Assessment, out: &mut dyn FnMut(&str)) {
    let mut w = Members {
        out,
        buf: String::new(),
        written: 0,
    };
    // The members in RFC 8785 order (all ASCII names, so byte order).
    if !a.answers.is_empty() {
        w.name("answers");
        w.buf.push('[');
        for (i, ((item, asset), answer)) in a.answers.iter().enumerate() {
            if i > 0 {
                w.buf.push(',');
            }
            let record = AnswerRecord {
                item: item.clone(),
                asset: asset.clone(),
                answer: answer.clone(),
            };
            canonical::write_into(&prune(to_value(&record)), &mut w.buf);
            w.flush();
        }
        w.buf.push(']');
    }
    w.member("canon_version", json!(CANON_VERSION));
    w.member("inventory", to_value(&a.inventory));
    w.member("kind", json!(CANON_KIND));
    w.member("pack_id", json!(pack_id));
    w.member("pack_version", json!(pack_version));
    w.member("parameters", to_value(&a.parameters));
    w.member("profile", to_value(&a.profile));
    if w.written == 0 {
        w.buf.push('{');
    }
    w.buf.push('}');
    w.flush();
}

/// The top-level object of the canonical text, written member by member.
struct Members<'a> {
    out: &'a mut dyn FnMut(&str),
    buf: String,
    written: usize,
}

impl Members<'_> {
    /// Starts member `name` (after `{` or `,`).
    fn name(&mut self, name: &str) {
        self.buf.push(if self.written == 0 { '{' } else { ',' });
        canonical::string(name, &mut self.buf);
        self.buf.push(':');
        self.written += 1;
    }

    /// Member `name` with `value` pruned, left out when that is empty.
    fn member(&mut self, name: &str, value: Value) {
        let value = prune(value);
        if is_empty(&value) {
            return;
        }
        self.name(name);
        canonical::write_into(&value, &mut self.buf);
        self.flush();
    }

    /// Hands what is written so far to `out`.
    fn flush(&mut self) {
        (self.out)(&self.buf);
        self.buf.clear();
    }
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
