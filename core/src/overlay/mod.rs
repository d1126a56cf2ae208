//! Overlay packs: local criteria (地方规定 / 本单位规定) that add items, parts, articles, choice
//! options and justified parameter defaults on top of the national pack, and never remove or
//! rewrite a national item. Read from TOML (authors) or JSON (the browser), checked field by
//! field with Chinese errors, previewed, merged into one pack for the engine, and carried inside
//! every draft answered with them. Format and worked example: `docs/overlay.md`.

mod cache;
mod check;
mod check_items;
mod check_overrides;
mod error;
mod merge;
mod model;
mod preview;
mod read;
mod upgrade;

pub use cache::effective;
pub use check::check;
pub use error::OverlayError;
pub use merge::apply;
pub use model::{ExtraOptions, Overlay, OverlayLevel, OverlayStamp, ParamOverride};
pub use preview::{preview, OverlayPreview};
pub use read::{from_value, looks_like_toml, parse, READS_TOML};
pub use upgrade::{attach, upgrade, would_attach, Upgrade};

use sha2::{Digest, Sha256};

use crate::pack::Pack;

/// Content hash of `o`: the first 16 hex digits of SHA-256 of its pretty JSON ([`to_json`])
/// without the hash field. (The pretty form, not the compact one, so the wasm carries one
/// serialiser of overlays instead of two.)
pub fn content_hash(o: &Overlay) -> String {
    let mut plain = o.clone();
    plain.hash.clear();
    let json = to_json(&plain);
    Sha256::digest(json.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Reads, checks and stamps an overlay file against `national`: the loaded overlay with its
/// content hash set, or every problem found (a file that cannot be read gives just one).
pub fn load(text: &str, national: &Pack) -> Result<Overlay, Vec<OverlayError>> {
    let mut o = parse(text).map_err(|e| vec![e])?;
    let actual = content_hash(&o);
    let mut problems = Vec::new();
    if !o.hash.is_empty() && o.hash != actual {
        problems.push(OverlayError::HashMismatch {
            stated: o.hash.chars().take(20).collect(),
            actual: actual.clone(),
        });
    }
    problems.extend(check(national, &o));
    if !problems.is_empty() {
        return Err(problems);
    }
    o.hash = actual;
    Ok(o)
}

/// The JSON form of a loaded overlay (with its hash), as the browser reads it.
pub fn to_json(o: &Overlay) -> String {
    // Serialising plain structs cannot fail; the empty fallback would only give a wrong hash.
    serde_json::to_string_pretty(o).unwrap_or_default()
}

/// Reads a saved file's list of overlays through [`from_value`], the one overlay reader (so
/// the wasm carries one deserialiser of overlay items, and errors name the overlay's field).
pub fn deserialize_list<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Overlay>, D::Error> {
    use serde::de::Error;
    use serde::Deserialize;
    Vec::<serde_json::Value>::deserialize(d)?
        .iter()
        .enumerate()
        .map(|(i, v)| from_value(v).map_err(|e| D::Error::custom(format!("overlays[{i}]:{e}"))))
        .collect()
}

/// The stamp of the overlay that added item `id` to `pack`, if one did.
pub fn source_of<'a>(pack: &'a Pack, item: &crate::pack::Item) -> Option<&'a OverlayStamp> {
    let id = item.source.as_deref()?;
    pack.overlays.iter().find(|s| s.id == id)
}
