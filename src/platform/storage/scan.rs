//! The whole-storage side of drafts: the start-up scan that quarantines unreadable drafts (copied
//! raw first, removed from the draft key only once the copy is verified, never deleted otherwise)
//! and repairs the index, and the raw entries gathered for "导出全部数据".

use std::collections::HashSet;

use fingertip_core::draft::summarize;
use fingertip_core::engine::evaluate;
use fingertip_core::import::QuarantinedEntry;
use fingertip_core::pack::Pack;
use fingertip_core::save::{self, SavedFile};
use serde::Deserialize;

use super::{
    classify, draft_id_of, load_index, save_index, storage, StorageError, QUARANTINE_PREFIX,
};
use crate::platform::clock;

/// What the start-up scan found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scan {
    /// The draft list: lines of drafts that are gone removed, drafts missing from it added.
    pub drafts: Vec<fingertip_core::draft::DraftSummary>,
    /// Entries kept in quarantine after the scan (older ones included).
    pub quarantined: usize,
    /// Unreadable drafts moved to quarantine by this scan.
    pub moved: usize,
    /// Unreadable drafts that could not be copied (storage full): left untouched where they are.
    pub stuck: usize,
}

/// Everything this app keeps in storage, for a backup.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StoredData {
    /// Every readable draft, migrated to the current format.
    pub drafts: Vec<SavedFile>,
    /// Quarantined entries and unreadable drafts, verbatim.
    pub quarantined: Vec<QuarantinedEntry>,
}

/// Just the `updated` stamp of a stored draft, read without building the whole draft.
#[derive(Deserialize)]
struct StampFile {
    assessment: StampBody,
}

#[derive(Deserialize)]
struct StampBody {
    updated: String,
}

/// What a stored draft entry is, as far as the save guard cares.
pub(super) enum Stamp {
    /// No entry.
    Missing,
    /// A draft last changed at this time.
    Readable(String),
    /// Text that is not a draft.
    Unreadable,
}

/// The stamp of a stored entry's text.
/// A cheap test that a stored draft is a whole JSON object (not truncated or overwritten by
/// something else); the full check happens when drafts are loaded.
pub(super) fn looks_whole(raw: &str) -> bool {
    let t = raw.trim();
    t.starts_with('{') && t.ends_with('}') && t.contains("\"format_version\"")
}

pub(super) fn stamp(raw: Option<&str>) -> Stamp {
    match raw {
        None => Stamp::Missing,
        Some(text) => match serde_json::from_str::<StampFile>(text) {
            Ok(f) => Stamp::Readable(f.assessment.updated),
            Err(_) => Stamp::Unreadable,
        },
    }
}

fn keys(s: &web_sys::Storage) -> Result<Vec<String>, StorageError> {
    let n = s.length().map_err(classify)?;
    Ok((0..n).filter_map(|i| s.key(i).ok().flatten()).collect())
}

/// `base`, or `base-2`, `base-3` … whichever is not taken yet.
fn free_key(s: &web_sys::Storage, base: &str) -> Result<String, StorageError> {
    let mut key = base.to_string();
    let mut n = 1;
    while s.get_item(&key).map_err(classify)?.is_some() {
        n += 1;
        key = format!("{base}-{n}");
    }
    Ok(key)
}

/// Moves the entry at `key` to `fingertip/quarantine/<key>-<time>`: copy, verify, then remove.
pub(super) fn quarantine(
    s: &web_sys::Storage,
    key: &str,
    raw: &str,
) -> Result<String, StorageError> {
    let target = free_key(s, &format!("{QUARANTINE_PREFIX}{key}-{}", clock::now_iso()))?;
    s.set_item(&target, raw).map_err(classify)?;
    if s.get_item(&target).map_err(classify)?.as_deref() != Some(raw) {
        return Err(StorageError::Other("隔离副本校验失败".into()));
    }
    s.remove_item(key).map_err(classify)?;
    Ok(target)
}

/// Reads every draft key: unreadable drafts go to quarantine, the index is repaired.
pub fn scan(pack: &Pack) -> Result<Scan, StorageError> {
    let s = storage()?;
    let before = load_index()?;
    let mut index = before.clone();
    let mut present = HashSet::new();
    let mut result = Scan::default();
    for key in keys(&s)? {
        let Some(id) = draft_id_of(&key) else {
            continue;
        };
        let Some(raw) = s.get_item(&key).map_err(classify)? else {
            continue;
        };
        match save::parse(&raw) {
            Ok(file) => {
                if !index.iter().any(|d| d.id == id) {
                    let mut a = file.into_assessment();
                    a.id = id.to_string();
                    index.push(summarize(&a, &evaluate(pack, &a)));
                }
                present.insert(id.to_string());
            }
            Err(_) => match quarantine(&s, &key, &raw) {
                Ok(_) => result.moved += 1,
                Err(_) => {
                    result.stuck += 1;
                    present.insert(id.to_string());
                }
            },
        }
    }
    index.retain(|d| present.contains(&d.id));
    if index != before {
        // The list in memory is right either way; a failed write is retried on the next save.
        let _ = save_index(&index);
    }
    result.quarantined = keys(&s)?
        .iter()
        .filter(|k| k.starts_with(QUARANTINE_PREFIX))
        .count();
    result.drafts = index;
    Ok(result)
}

/// Every stored draft and quarantined entry, in key order; an unreadable draft is exported raw.
pub fn export_entries() -> Result<StoredData, StorageError> {
    let s = storage()?;
    let mut all = keys(&s)?;
    all.sort();
    let mut data = StoredData::default();
    for key in all {
        let is_draft = draft_id_of(&key).is_some();
        if !is_draft && !key.starts_with(QUARANTINE_PREFIX) {
            continue;
        }
        let Some(raw) = s.get_item(&key).map_err(classify)? else {
            continue;
        };
        match save::parse(&raw) {
            Ok(file) if is_draft => data.drafts.push(file),
            _ => data.quarantined.push(QuarantinedEntry { key, raw }),
        }
    }
    Ok(data)
}

/// Stores a quarantined entry from a backup, still quarantined: under its own key when it was a
/// quarantine key (and is not already there), else under a new quarantine key.
pub fn keep_quarantined(entry: &QuarantinedEntry) -> Result<(), StorageError> {
    let s = storage()?;
    let wanted = if entry.key.starts_with(QUARANTINE_PREFIX) {
        entry.key.clone()
    } else {
        let from = if entry.key.is_empty() {
            "backup"
        } else {
            &entry.key
        };
        format!("{QUARANTINE_PREFIX}{from}-{}", clock::now_iso())
    };
    if s.get_item(&wanted).map_err(classify)?.as_deref() == Some(entry.raw.as_str()) {
        return Ok(());
    }
    let key = free_key(&s, &wanted)?;
    s.set_item(&key, &entry.raw).map_err(classify)
}
