//! What changed in the questionnaire between the pack version a file was answered against and
//! the current one. Answers map by stable item id, so only the question text is kept per version.

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::pack::Pack;

/// The items of one released pack version: item id → question text. Released snapshots are
/// kept as data (see `content/pack-history/`) so files answered long ago can be
/// compared with today's pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackItemsSnapshot {
    /// Pack id.
    pub pack_id: String,
    /// Pack version.
    pub version: String,
    /// Question text by item id.
    pub items: BTreeMap<String, String>,
}

/// The snapshot of `pack`, to be stored when the pack version is released.
pub fn snapshot(pack: &Pack) -> PackItemsSnapshot {
    PackItemsSnapshot {
        pack_id: pack.id.clone(),
        version: pack.version.clone(),
        items: pack
            .items
            .iter()
            .map(|i| (i.id.clone(), i.question.clone()))
            .collect(),
    }
}

/// A question whose wording changed: answers still map to it, but the user should re-read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reworded {
    /// Item id.
    pub id: String,
    /// The question as the file's pack version asked it.
    pub before: String,
    /// The question as the current pack asks it.
    pub after: String,
}

/// Differences between an older pack version and the current pack, by item id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackChanges {
    /// The file's pack version.
    pub from: String,
    /// The current pack version.
    pub to: String,
    /// Items new in the current pack (unanswered in the file), in pack order.
    pub added: Vec<String>,
    /// Items the current pack no longer has; answers to them are kept aside, not dropped.
    pub removed: Vec<String>,
    /// Items whose question text changed, in pack order.
    pub reworded: Vec<Reworded>,
    /// False when no snapshot of the file's pack version was known: then `removed` lists only
    /// the answered items the current pack lacks, and `added`/`reworded` are empty.
    pub complete: bool,
}

/// Changes from `old` to `new`.
pub fn pack_changes(old: &PackItemsSnapshot, new: &Pack) -> PackChanges {
    let current: HashSet<&str> = new.items.iter().map(|i| i.id.as_str()).collect();
    let mut changes = PackChanges {
        from: old.version.clone(),
        to: new.version.clone(),
        complete: true,
        ..PackChanges::default()
    };
    for item in &new.items {
        match old.items.get(&item.id) {
            None => changes.added.push(item.id.clone()),
            Some(before) if *before != item.question => changes.reworded.push(Reworded {
                id: item.id.clone(),
                before: before.clone(),
                after: item.question.clone(),
            }),
            Some(_) => {}
        }
    }
    changes.removed = old
        .items
        .keys()
        .filter(|id| !current.contains(id.as_str()))
        .cloned()
        .collect();
    changes
}

/// What can be said without a snapshot of `from`: which answered items are gone.
pub(super) fn partial_changes<'a>(
    from: &str,
    new: &Pack,
    answered: impl Iterator<Item = &'a str>,
) -> PackChanges {
    let current: HashSet<&str> = new.items.iter().map(|i| i.id.as_str()).collect();
    let mut removed: Vec<String> = answered
        .filter(|id| !current.contains(id))
        .map(str::to_string)
        .collect();
    removed.sort();
    removed.dedup();
    PackChanges {
        from: from.to_string(),
        to: new.version.clone(),
        removed,
        ..PackChanges::default()
    }
}

static RELEASED: std::sync::LazyLock<Vec<PackItemsSnapshot>> = std::sync::LazyLock::new(|| {
    serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/pack_history.json")))
        .unwrap_or_default()
});

/// Snapshots of earlier released pack versions, embedded from `content/pack-history/` at build time
/// (the current version is left out: it is the embedded pack itself).
pub fn released_snapshots() -> &'static [PackItemsSnapshot] {
    &RELEASED
}
