//! A large draft stored in parts (issue #20): `localStorage.setItem` of a 500 + 500 unit's
//! 2.2 million characters cost ~23 ms on every answer, and passing them out of wasm ~9 ms more.
//! A draft whose text is over [`LARGE`] characters is stored as the parts of
//! [`crate::save::StoredText`] — each under `fingertip/part/<id>/<hash of its text>` — and a small
//! manifest at the draft's own key listing them in order. A save writes the parts it does not
//! have yet, then the manifest (the one write that switches to the new version), then removes
//! the parts only the old version used; at every step the key names a whole draft.
//!
//! Every reader of a draft key goes through [`join`], which gives the draft's text either way.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::keys::PART_PREFIX;
use super::{KeyValue, StoreError};
use crate::import::QuarantinedEntry;
use crate::save::Part;

/// Drafts with more characters than this are stored in parts (the durable mirror's threshold
/// for putting a draft in the next idle moment is the same figure).
pub const LARGE: usize = 200_000;

/// The first characters of every manifest (the serialised field order is fixed).
const MANIFEST_START: &str = "{\"fingertip_parts\":";

/// What a draft's key holds when the draft is stored in parts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct Manifest {
    /// Version of this manifest's own shape.
    fingertip_parts: u32,
    /// The draft's `updated` stamp, so the conflict guard and the durable mirror can read it.
    pub updated: String,
    /// The keys of the parts, in order.
    pub parts: Vec<String>,
}

impl Manifest {
    /// The manifest of `parts` of draft `id`.
    pub fn new(id: &str, updated: &str, parts: &[Part]) -> Self {
        Manifest {
            fingertip_parts: 1,
            updated: updated.to_string(),
            parts: parts.iter().map(|p| part_key(id, p.hash())).collect(),
        }
    }

    /// The manifest's stored text.
    pub fn text(&self) -> String {
        // A struct of strings always serialises.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The key of the part of draft `id` whose text hashes to `hash`.
pub(super) fn part_key(id: &str, hash: &str) -> String {
    format!("{PART_PREFIX}{id}/{hash}")
}

/// Whether `key` is a part of draft `id` (any version).
pub(super) fn is_part_of(key: &str, id: &str) -> bool {
    key.strip_prefix(PART_PREFIX)
        .and_then(|rest| rest.strip_prefix(id))
        .and_then(|rest| rest.strip_prefix('/'))
        .is_some_and(|hash| !hash.is_empty() && !hash.contains('/'))
}

/// The manifest stored at a draft's key, `None` when the key holds the draft's text itself.
pub(super) fn manifest(raw: &str) -> Option<Manifest> {
    raw.starts_with(MANIFEST_START)
        .then(|| serde_json::from_str(raw).ok())
        .flatten()
}

/// The draft text `raw` stands for: itself, or when it is a manifest its parts joined. A part
/// that cannot be found leaves `raw` as it is, which no reader takes for a draft (it is
/// quarantined like any unreadable entry).
pub(super) fn join<'a>(
    get: impl Fn(&str) -> Result<Option<String>, StoreError>,
    raw: &'a str,
) -> Result<Cow<'a, str>, StoreError> {
    let Some(m) = manifest(raw) else {
        return Ok(Cow::Borrowed(raw));
    };
    let mut text = String::new();
    for key in &m.parts {
        match get(key)? {
            Some(part) => text.push_str(&part),
            None => return Ok(Cow::Borrowed(raw)),
        }
    }
    Ok(Cow::Owned(text))
}

/// Entries of a rescue file (every stored key, raw) with each manifest replaced by the draft
/// text it stands for and the parts it used left out, so the file restores like any backup.
pub fn join_entries(entries: Vec<QuarantinedEntry>) -> Vec<QuarantinedEntry> {
    let by_key: HashMap<&str, &str> = entries
        .iter()
        .map(|e| (e.key.as_str(), e.raw.as_str()))
        .collect();
    let mut used = HashSet::new();
    let mut joined = Vec::with_capacity(entries.len());
    for e in &entries {
        let text = join(|k| Ok(by_key.get(k).map(|v| v.to_string())), &e.raw);
        if let (Ok(Cow::Owned(text)), Some(m)) = (text, manifest(&e.raw)) {
            used.extend(m.parts);
            joined.push(QuarantinedEntry {
                key: e.key.clone(),
                raw: text,
            });
        } else {
            joined.push(e.clone());
        }
    }
    joined.retain(|e| !used.contains(&e.key));
    joined
}

/// Writes `parts` of draft `id` that `kept` (the parts the stored version uses) does not already
/// hold, in order, and gives the keys it wrote; on a failure removes them and gives the error.
fn write_new<S: KeyValue>(
    kv: &mut S,
    id: &str,
    parts: &[Part],
    kept: &[String],
) -> Result<Vec<String>, StoreError> {
    let mut written: Vec<String> = Vec::new();
    for part in parts {
        let key = part_key(id, part.hash());
        if kept.contains(&key) || written.contains(&key) {
            continue;
        }
        if let Err(e) = kv.set(&key, part.text()) {
            for key in &written {
                let _ = kv.remove(key);
            }
            return Err(e);
        }
        written.push(key);
    }
    Ok(written)
}

/// Stores draft `id` at `key`: in parts when `in_parts`, else (or when storage holds the whole
/// text and the parts do not fit beside it, while the text in its place still may) whole. `old`
/// lists the parts the stored version uses (`None`: storage holds the draft's text or nothing).
/// Gives what the key now holds.
pub(super) fn store<S: KeyValue>(
    kv: &mut S,
    key: &str,
    id: &str,
    updated: &str,
    pieces: &[Part],
    old: Option<Vec<String>>,
    in_parts: bool,
) -> Result<String, StoreError> {
    if in_parts {
        match write_new(kv, id, pieces, old.as_deref().unwrap_or_default()) {
            Ok(written) => {
                let manifest = Manifest::new(id, updated, pieces);
                let text = manifest.text();
                if let Err(e) = kv.set(key, &text) {
                    for k in &written {
                        let _ = kv.remove(k);
                    }
                    return Err(e);
                }
                remove_unused(kv, id, old.as_deref(), &manifest.parts);
                return Ok(text);
            }
            Err(_) if old.is_none() => {}
            Err(e) => return Err(e),
        }
    }
    let json = crate::save::joined(pieces);
    kv.set(key, &json)?;
    if let Some(old) = &old {
        remove_unused(kv, id, Some(old), &[]);
    }
    Ok(json)
}

/// Removes the parts of draft `id` that `keep` does not list: those of `old` (the version just
/// replaced), or when that is unknown every part of the draft found in storage (left by a write
/// that was cut off, or by a version the durable mirror replaced). Best effort: a part left
/// behind only takes space.
pub(super) fn remove_unused<S: KeyValue>(
    kv: &mut S,
    id: &str,
    old: Option<&[String]>,
    keep: &[String],
) {
    let candidates = match old {
        Some(old) => old.to_vec(),
        None => kv
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| is_part_of(k, id))
            .collect(),
    };
    for key in candidates.iter().filter(|k| !keep.contains(k)) {
        let _ = kv.remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_keys_belong_to_their_draft_only() {
        let key = part_key("d1", "00ff");
        assert!(is_part_of(&key, "d1"));
        assert!(!is_part_of(&key, "d"));
        assert!(!is_part_of("fingertip/part/d1/x/y", "d1"));
        assert!(!is_part_of("fingertip/draft/d1", "d1"));
    }

    #[test]
    fn a_manifest_is_recognised_by_its_text_and_a_draft_is_not() {
        let m = Manifest {
            fingertip_parts: 1,
            updated: "2026-12-03T00:00:00Z".into(),
            parts: vec!["fingertip/part/d1/ab".into()],
        };
        assert_eq!(manifest(&m.text()), Some(m));
        assert_eq!(manifest("{\"format_version\":3}"), None);
    }
}
