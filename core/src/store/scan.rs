//! The whole-storage side of drafts: the start-up scan that quarantines unreadable drafts (copied
//! raw first, removed from the draft key only once the copy is verified, never deleted otherwise)
//! and repairs the index (lines of drafts that are gone removed, missing or stale lines rebuilt
//! from the drafts), and the raw entries gathered for "导出全部数据".

use std::collections::HashSet;

use super::keys::{draft_id_of, QUARANTINE_PREFIX};
use super::{DraftStore, KeyValue, StoreError};
use crate::draft::{summarize, DraftSummary};
use crate::engine::evaluate;
use crate::import::QuarantinedEntry;
use crate::model::{DraftId, Purpose};
use crate::pack::Pack;
use crate::save::{self, SaveError, SavedFile};

/// The list line of a draft a newer build wrote: what can be read of it without trusting its format.
fn newer_line(id: &str, raw: &str, found: u64) -> DraftSummary {
    let value: serde_json::Value = serde_json::from_str(raw).unwrap_or_default();
    let text = |path: &str| {
        value
            .pointer(path)
            .and_then(|v| v.as_str())
            .map(str::to_string)
    };
    DraftSummary {
        id: id.into(),
        unit: text("/assessment/profile/name")
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| crate::draft::UNNAMED_UNIT.to_string()),
        purpose: value
            .pointer("/assessment/profile/purpose")
            .and_then(|p| serde_json::from_value::<Purpose>(p.clone()).ok())
            .unwrap_or_default(),
        updated: text("/assessment/updated").unwrap_or_default(),
        progress: 0,
        red_lines: 0,
        next_step: crate::draft::NextStep::default(),
        newer_format: Some(found),
        title: text("/assessment/title").unwrap_or_default(),
        origin: None,
    }
}

/// What the start-up scan found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scan {
    /// The draft list, repaired.
    pub drafts: Vec<DraftSummary>,
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

impl<S: KeyValue> DraftStore<S> {
    /// `base`, or `base-2`, `base-3` … whichever is not taken yet.
    fn free_key(&self, base: &str) -> Result<String, StoreError> {
        let mut key = base.to_string();
        let mut n = 1;
        while self.kv.get(&key)?.is_some() {
            n += 1;
            key = format!("{base}-{n}");
        }
        Ok(key)
    }

    /// Moves the entry at `key` to `fingertip/quarantine/<key>-<now>`: copy, verify, then remove.
    pub(super) fn quarantine(
        &mut self,
        key: &str,
        raw: &str,
        now: &str,
    ) -> Result<String, StoreError> {
        let target = self.free_key(&format!("{QUARANTINE_PREFIX}{key}-{now}"))?;
        self.kv.set(&target, raw)?;
        if self.kv.get(&target)?.as_deref() != Some(raw) {
            return Err(StoreError::Other {
                detail: "隔离副本校验失败".into(),
            });
        }
        self.kv.remove(key)?;
        Ok(target)
    }

    /// Reads every draft key: unreadable drafts go to quarantine, the index is repaired.
    pub fn scan(&mut self, pack: &Pack, now: &str) -> Result<Scan, StoreError> {
        let before = self.load_index()?;
        let mut index = before.clone();
        let mut present = HashSet::new();
        let mut result = Scan::default();
        for key in self.kv.keys()? {
            let Some(id) = draft_id_of(&key).map(DraftId::from) else {
                continue;
            };
            let Some(stored) = self.kv.get(&key)? else {
                continue;
            };
            let raw = self.joined(&stored)?;
            let in_parts = matches!(raw, std::borrow::Cow::Owned(_));
            match save::parse(&raw) {
                Ok(file) => {
                    let line = index.iter().position(|d| d.id == id);
                    let stale = line.is_none_or(|i| index[i].updated != file.assessment.updated);
                    if stale {
                        let mut a = file.into_assessment();
                        a.id = id.clone();
                        let fresh = summarize(&a, &evaluate(pack, &a));
                        match line {
                            Some(i) => index[i] = fresh,
                            None => index.push(fresh),
                        }
                    }
                    present.insert(id);
                }
                Err(SaveError::FutureVersion { found, .. }) => {
                    // A newer build's draft: left exactly where it is, listed and explained.
                    let line = newer_line(&id, &raw, found);
                    match index.iter().position(|d| d.id == id) {
                        Some(i) if index[i] == line => {}
                        Some(i) => index[i] = line,
                        None => index.push(line),
                    }
                    present.insert(id);
                }
                Err(_) => match self.quarantine(&key, &raw, now) {
                    Ok(_) => {
                        if in_parts {
                            // Its parts are joined in the quarantined copy.
                            super::parts::remove_unused(&mut self.kv, &id, None, &[]);
                        }
                        result.moved += 1;
                    }
                    Err(_) => {
                        result.stuck += 1;
                        present.insert(id);
                    }
                },
            }
        }
        index.retain(|d| present.contains(&d.id));
        if index != before {
            // The list in memory is right either way; a failed write is retried on the next save.
            let _ = self.save_index(&index);
        }
        result.quarantined = self
            .kv
            .keys()?
            .iter()
            .filter(|k| k.starts_with(QUARANTINE_PREFIX))
            .count();
        result.drafts = index;
        Ok(result)
    }

    /// Every stored draft and quarantined entry, in key order; an unreadable draft is exported raw.
    pub fn export_entries(&self) -> Result<StoredData, StoreError> {
        let mut all = self.kv.keys()?;
        all.sort();
        let mut data = StoredData::default();
        for key in all {
            let is_draft = draft_id_of(&key).is_some();
            if !is_draft && !key.starts_with(QUARANTINE_PREFIX) {
                continue;
            }
            let Some(stored) = self.kv.get(&key)? else {
                continue;
            };
            let raw = self.joined(&stored)?;
            match save::parse(&raw) {
                Ok(file) if is_draft => data.drafts.push(file),
                _ => data.quarantined.push(QuarantinedEntry {
                    key,
                    raw: raw.into_owned(),
                }),
            }
        }
        Ok(data)
    }

    /// Stores a quarantined entry from a backup, still quarantined: under its own key when it
    /// was a quarantine key (and is not already there), else under a new quarantine key.
    pub fn keep_quarantined(
        &mut self,
        entry: &QuarantinedEntry,
        now: &str,
    ) -> Result<(), StoreError> {
        let wanted = if entry.key.starts_with(QUARANTINE_PREFIX) {
            entry.key.clone()
        } else {
            let from = if entry.key.is_empty() {
                "backup"
            } else {
                &entry.key
            };
            format!("{QUARANTINE_PREFIX}{from}-{now}")
        };
        if self.kv.get(&wanted)?.as_deref() == Some(entry.raw.as_str()) {
            return Ok(());
        }
        let key = self.free_key(&wanted)?;
        self.kv.set(&key, &entry.raw)
    }
}
