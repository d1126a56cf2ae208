//! Drafts in a [`KeyValue`] store: one key per draft (its saved-file JSON, or for a large draft
//! the manifest of its parts, see `parts`) plus an index of summaries for the start page.
//!
//! Two rules keep a single tab from ever raising a false "another tab" warning, and every fault
//! from losing work:
//! - **The draft is the truth, the index a cache.** A save writes the draft first, then its index
//!   line. If the draft write fails nothing changed; if only the index write fails the draft on
//!   disk is newer than its line, which [`Saved::ListBehind`] reports and the next save or the
//!   start-up scan repairs (the scan compares each line's `updated` with its draft's).
//! - **The conflict guard compares storage with what this tab itself last read or wrote** (the
//!   exact text), never with the index: only a different writer can make them differ.

use std::collections::HashMap;

use serde::Deserialize;

use super::keys::{draft_key, INDEX_KEY};
use super::parts::{self, Manifest};
use super::{KeyValue, StoreError};
use crate::draft::DraftSummary;
use crate::model::{Assessment, DraftId};
use crate::pack::Pack;
use crate::save::{self, SaveError, StoredText};

/// What a save achieved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// The draft and its list line are stored.
    Complete,
    /// The draft is stored but its list line could not be written (the error says why); the
    /// next save or the next start-up repairs the line.
    ListBehind(StoreError),
}

/// Drafts over a store, remembering what this tab last read or wrote of each.
#[derive(Debug, Default)]
pub struct DraftStore<S> {
    pub(super) kv: S,
    /// Draft id → the exact text this tab last read or wrote at its key (for a draft stored in
    /// parts, its manifest).
    known: HashMap<DraftId, String>,
    /// The text of each item's answers at the last save, reused while they are unchanged.
    text: StoredText,
    /// Drafts longer than this are written in parts (see `parts`); `None`: always written whole.
    /// Every reader joins parts either way.
    parts_over: Option<usize>,
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

/// The `updated` stamp of what a draft's key holds (its text or its manifest), `None` when it
/// is neither.
pub(super) fn stamp(raw: &str) -> Option<String> {
    if let Some(m) = parts::manifest(raw) {
        return Some(m.updated);
    }
    serde_json::from_str::<StampFile>(raw)
        .ok()
        .map(|f| f.assessment.updated)
}

/// A cheap test that a stored draft is a whole JSON object (not truncated or overwritten by
/// something else); the full check happens when drafts are loaded.
pub(super) fn looks_whole(raw: &str) -> bool {
    let t = raw.trim();
    t.starts_with('{') && t.ends_with('}') && t.contains("\"format_version\"")
}

impl<S: KeyValue> DraftStore<S> {
    /// Drafts over `kv`, knowing nothing yet (as a freshly loaded page).
    pub fn new(kv: S) -> Self {
        DraftStore {
            kv,
            known: HashMap::new(),
            text: StoredText::new(),
            parts_over: None,
        }
    }

    /// Drafts over `kv` that write a draft of more than `chars` characters in parts. The app
    /// does not switch this on yet: the durable mirror (`static/durable-mirror.js`) still mirrors
    /// what a draft's key holds, which for such a draft is only its manifest.
    pub fn storing_parts_over(kv: S, chars: usize) -> Self {
        DraftStore {
            parts_over: Some(chars),
            ..Self::new(kv)
        }
    }

    /// The store underneath.
    pub fn kv(&self) -> &S {
        &self.kv
    }

    /// The store underneath, to change it (tests inject faults this way).
    pub fn kv_mut(&mut self) -> &mut S {
        &mut self.kv
    }

    /// The store underneath, forgetting what this tab knew (a reload).
    pub fn into_kv(self) -> S {
        self.kv
    }

    /// The draft list; an unreadable index is treated as empty (the drafts themselves are
    /// untouched, and the scan rebuilds the missing lines from them).
    pub fn load_index(&self) -> Result<Vec<DraftSummary>, StoreError> {
        Ok(self
            .kv
            .get(INDEX_KEY)?
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default())
    }

    pub(super) fn save_index(&mut self, list: &[DraftSummary]) -> Result<(), StoreError> {
        let json = serde_json::to_string(list).map_err(|e| StoreError::Other {
            detail: e.to_string(),
        })?;
        self.kv.set(INDEX_KEY, &json)
    }

    /// The draft text `raw` (what a draft's key holds) stands for, see [`parts::join`].
    pub(super) fn joined<'a>(&self, raw: &'a str) -> Result<std::borrow::Cow<'a, str>, StoreError> {
        parts::join(|k| self.kv.get(k), raw)
    }

    /// Reads draft `id`; `Ok(None)` when there is no such draft.
    pub fn load_draft(&mut self, id: &str) -> Result<Option<Assessment>, StoreError> {
        let Some(json) = self.kv.get(&draft_key(id))? else {
            return Ok(None);
        };
        let a = save::parse(&self.joined(&json)?)
            .map(|file| file.into_assessment())
            .map_err(|e| match e {
                SaveError::FutureVersion { found, .. } => StoreError::NewerFormat {
                    id: id.to_string(),
                    found,
                },
                e => StoreError::Corrupt {
                    id: id.to_string(),
                    reason: e.to_string(),
                },
            })?;
        self.known.insert(id.into(), json);
        Ok(Some(a))
    }

    /// The exact text this tab last read or wrote at draft `id`'s key (after a successful save:
    /// what storage now holds; for a draft stored in parts, its manifest).
    pub fn last_text(&self, id: &str) -> Option<&str> {
        self.known.get(id).map(String::as_str)
    }

    /// Whether a draft `id` is stored.
    pub fn draft_exists(&self, id: &str) -> bool {
        matches!(self.kv.get(&draft_key(id)), Ok(Some(_)))
    }

    /// The `updated` stamp stored for draft `id` when someone else has saved it since this tab
    /// last read or wrote it; `None` when storage holds what this tab knows (or this tab never
    /// knew the draft, or the entry is gone or unreadable).
    pub fn changed_elsewhere(&self, id: &str) -> Option<String> {
        let base = self.known.get(id)?;
        let raw = self.kv.get(&draft_key(id)).ok().flatten()?;
        if raw == *base {
            return None;
        }
        stamp(&raw)
    }

    /// Writes the draft and its index line, unless someone else saved a version this tab has not
    /// seen ([`StoreError::ChangedElsewhere`]: nothing is written). An unreadable stored entry is
    /// quarantined (`now` names the copy) before it is replaced.
    pub fn save_draft(
        &mut self,
        pack: &Pack,
        assessment: &Assessment,
        summary: &DraftSummary,
        now: &str,
    ) -> Result<Saved, StoreError> {
        let key = draft_key(&assessment.id);
        // Storage still holds what this tab last read or wrote: no other tab saved, and it is
        // whole. The usual case, answered without reading megabytes back.
        if let Some(base) = self.known.get(&assessment.id) {
            let manifest = parts::manifest(base);
            if (manifest.is_some() || looks_whole(base)) && self.kv.holds(&key, base)? {
                return self.write_draft(pack, assessment, summary, manifest);
            }
        }
        let stored = self.kv.get(&key)?;
        if let (Some(raw), Some(base)) = (&stored, self.known.get(&assessment.id)) {
            if raw != base {
                if let Some(updated) = stamp(raw) {
                    return Err(StoreError::ChangedElsewhere { updated });
                }
            }
        }
        let mut old = None;
        if let Some(raw) = stored {
            let text = self.joined(&raw)?;
            if !looks_whole(&text) {
                self.quarantine(&key, &text, now)?;
            } else {
                old = parts::manifest(&raw);
            }
        }
        self.write_draft(pack, assessment, summary, old)
    }

    /// Writes the draft whatever storage holds (the user chose to replace it) and its index line.
    pub fn overwrite_draft(
        &mut self,
        pack: &Pack,
        assessment: &Assessment,
        summary: &DraftSummary,
    ) -> Result<Saved, StoreError> {
        let stored = self.kv.get(&draft_key(&assessment.id))?;
        let old = stored.as_deref().and_then(parts::manifest);
        self.write_draft(pack, assessment, summary, old)
    }

    /// Writes the draft (in parts when it is large) and its index line; `old` is the manifest
    /// storage holds for it, `None` when it holds the draft's text or nothing.
    fn write_draft(
        &mut self,
        pack: &Pack,
        assessment: &Assessment,
        summary: &DraftSummary,
        old: Option<Manifest>,
    ) -> Result<Saved, StoreError> {
        let mut index = self.load_index()?;
        let id = assessment.id.as_str();
        let key = draft_key(id);
        let pieces = self.text.parts(pack, assessment);
        let len: usize = pieces.iter().map(|p| p.text().len()).sum();
        let in_parts = self.parts_over.is_some_and(|over| len > over);
        let old = old.map(|m| m.parts);
        let text = parts::store(
            &mut self.kv,
            &key,
            id,
            &assessment.updated,
            &pieces,
            old,
            in_parts,
        )?;
        self.known.insert(assessment.id.clone(), text);
        match index.iter_mut().find(|s| s.id == summary.id) {
            Some(line) => *line = summary.clone(),
            None => index.push(summary.clone()),
        }
        Ok(match self.save_index(&index) {
            Ok(()) => Saved::Complete,
            Err(e) => Saved::ListBehind(e),
        })
    }

    /// Gives stored draft `id` the name `typed` (see [`crate::draft::rename`]) without opening
    /// it in the app: its list line keeps its figures and takes the new name. Returns the new
    /// line; `Ok(None)` when there is no such draft (or no change to write). The conflict guard of
    /// [`Self::save_draft`] applies: a draft another tab saved since this tab last read it is
    /// read afresh here first, so nothing it wrote is lost.
    pub fn rename_draft(
        &mut self,
        pack: &Pack,
        id: &str,
        typed: &str,
        now: &str,
    ) -> Result<Option<DraftSummary>, StoreError> {
        let Some(mut a) = self.load_draft(id)? else {
            return Ok(None);
        };
        if !crate::draft::rename(&mut a, typed) {
            return Ok(None);
        }
        let line = self.load_index()?.into_iter().find(|s| s.id == id);
        let summary = match line {
            Some(line) => DraftSummary {
                title: a.title.clone(),
                ..line
            },
            None => crate::draft::summarize(&a, &crate::engine::evaluate(pack, &a)),
        };
        match self.save_draft(pack, &a, &summary, now)? {
            Saved::Complete => Ok(Some(summary)),
            Saved::ListBehind(e) => Err(e),
        }
    }

    /// Deletes draft `id` and its index line.
    pub fn delete_draft(&mut self, id: &str) -> Result<(), StoreError> {
        self.kv.remove(&draft_key(id))?;
        parts::remove_unused(&mut self.kv, id, None, &[]);
        self.known.remove(id);
        let index: Vec<_> = self
            .load_index()?
            .into_iter()
            .filter(|s| s.id != id)
            .collect();
        self.save_index(&index)
    }
}
