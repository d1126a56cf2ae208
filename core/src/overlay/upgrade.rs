//! A new version of an overlay, applied to a draft answered with an older one — the way the
//! national pack's releases reach old files: the draft's copy is replaced, answers to items the
//! new version no longer asks are kept in the draft (not counted) and listed, and the releases
//! in between are shown.

use super::model::Overlay;
use crate::model::{AnswerKey, Assessment};
use crate::pack::Release;

/// What upgrading a draft's overlay did.
#[derive(Debug, Clone, PartialEq)]
pub struct Upgrade {
    /// Version the draft had.
    pub from: String,
    /// Version it has now.
    pub to: String,
    /// Releases after `from`, newest first.
    pub releases: Vec<Release>,
    /// Answers (item, asset) kept but no longer asked.
    pub no_longer_asked: Vec<AnswerKey>,
}

fn version_key(v: &str) -> Vec<u64> {
    v.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

/// Replaces `a`'s copy of overlay `newer.id` with `newer` when `newer` is a later version;
/// `None` (and nothing changed) when the draft has no such overlay or already has this or a later version.
pub fn upgrade(a: &mut Assessment, newer: &Overlay) -> Option<Upgrade> {
    let slot = a.overlays.iter_mut().find(|o| o.id == newer.id)?;
    if version_key(&newer.version) <= version_key(&slot.version) {
        return None;
    }
    let old = std::mem::replace(slot, newer.clone());
    let still: Vec<&str> = newer.items.iter().map(|i| i.id.as_str()).collect();
    let no_longer_asked = a
        .answers
        .keys()
        .filter(|(item, _)| {
            old.items.iter().any(|i| i.id == item.as_str()) && !still.contains(&item.as_str())
        })
        .map(|(item, asset)| (item.clone(), asset.clone()))
        .collect();
    let from = version_key(&old.version);
    Some(Upgrade {
        releases: newer
            .changelog
            .iter()
            .filter(|r| version_key(&r.version) > from)
            .cloned()
            .collect(),
        from: old.version,
        to: newer.version.clone(),
        no_longer_asked,
    })
}

/// Adds overlay `o` to draft `a`, or upgrades the draft's older copy of it; `false` (nothing
/// changed) when the draft already has this or a later version.
pub fn attach(a: &mut Assessment, o: &Overlay) -> bool {
    if a.overlays.iter().any(|x| x.id == o.id) {
        return upgrade(a, o).is_some();
    }
    a.overlays.push(o.clone());
    true
}

/// Whether `o` would change draft `a` if attached (absent, or newer than its copy).
pub fn would_attach(a: &Assessment, o: &Overlay) -> bool {
    a.overlays
        .iter()
        .find(|x| x.id == o.id)
        .is_none_or(|x| version_key(&o.version) > version_key(&x.version))
}
