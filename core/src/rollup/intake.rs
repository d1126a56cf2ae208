//! Collecting units file by file: rejected files are listed, and duplicates — the same draft
//! twice, an older version of the same check, or an older check of the same unit — are resolved
//! by keeping the newest, with every choice recorded so the page can show it and undo it.
//! Memory grows with the number of units, not with the size of the files.

use std::collections::HashMap;

use crate::model::DraftId;

use super::normalise::normalise;
use super::read::{Read, Rejected};
use super::unit::UnitSummary;

/// Why two files count as one unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DuplicateKind {
    /// The same draft, unchanged: same id and same last-change time.
    SameFile,
    /// The same draft (same id), an older version of it.
    OlderVersion,
    /// Another draft of a unit with the same name, older.
    OlderCheck,
}

impl DuplicateKind {
    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::SameFile => "同一份自查重复出现",
            Self::OlderVersion => "同一份自查的较早版本",
            Self::OlderCheck => "同一单位较早的另一次自查",
        }
    }
}

/// One resolved duplicate: which file is counted and which is set aside.
#[derive(Debug, Clone, PartialEq)]
pub struct Duplicate {
    /// Why they count as one unit.
    pub kind: DuplicateKind,
    /// The unit's name as written in the counted file.
    pub unit: String,
    /// The counted file.
    pub kept: String,
    /// The file set aside.
    pub dropped: String,
    /// Whether the counted file is the newer one (the default); false after [`Intake::swap`].
    pub newest_kept: bool,
    /// The summary set aside, held only when the intake keeps them (see [`Intake::new`]).
    pub set_aside: Option<Box<UnitSummary>>,
}

/// Units gathered so far, with the files rejected and the duplicates resolved.
#[derive(Debug, Clone, Default)]
pub struct Intake {
    units: Vec<UnitSummary>,
    by_key: HashMap<String, usize>,
    by_draft: HashMap<DraftId, usize>,
    /// Files or drafts not counted, in reading order.
    pub rejected: Vec<Rejected>,
    /// Duplicates, in the order they were found.
    pub duplicates: Vec<Duplicate>,
    /// Files and backup drafts read, counted or not.
    pub read: usize,
    keep_set_aside: bool,
}

/// The identity of a unit: its normalised name, or its draft id when it has no name.
pub fn unit_key(unit: &UnitSummary) -> String {
    match normalise(&unit.name) {
        name if name.is_empty() => format!("draft:{}", unit.draft_id),
        name => name,
    }
}

impl Intake {
    /// An empty intake; with `keep_set_aside` the summaries of files set aside are kept so a
    /// choice can be swapped (the page), without it they are dropped (the command line).
    pub fn new(keep_set_aside: bool) -> Self {
        Intake {
            keep_set_aside,
            ..Intake::default()
        }
    }

    /// The counted units, in the order their first file was read.
    pub fn units(&self) -> &[UnitSummary] {
        &self.units
    }

    /// Takes what one file (or backup draft) gave.
    pub fn add(&mut self, read: Read) {
        self.read += 1;
        match read {
            Read::Rejected(r) => self.rejected.push(r),
            Read::Unit(unit) => self.add_unit(*unit),
        }
    }

    fn add_unit(&mut self, unit: UnitSummary) {
        let key = unit_key(&unit);
        let slot = self
            .by_draft
            .get(&unit.draft_id)
            .or_else(|| self.by_key.get(&key))
            .copied();
        let Some(slot) = slot else {
            self.by_key.insert(key, self.units.len());
            self.by_draft
                .insert(unit.draft_id.clone(), self.units.len());
            self.units.push(unit);
            return;
        };
        let Some(counted) = self.units.get_mut(slot) else {
            return;
        };
        let kind = if counted.draft_id != unit.draft_id {
            DuplicateKind::OlderCheck
        } else if counted.updated == unit.updated {
            DuplicateKind::SameFile
        } else {
            DuplicateKind::OlderVersion
        };
        let dropped = if unit.is_newer_than(counted) {
            std::mem::replace(counted, unit)
        } else {
            unit
        };
        let (kept_name, kept_file) = (counted.name.clone(), counted.file.clone());
        let kept_key = unit_key(counted);
        let kept_draft = counted.draft_id.clone();
        self.by_key.insert(kept_key, slot);
        self.by_key.insert(key, slot);
        self.by_draft.insert(kept_draft, slot);
        self.by_draft.insert(dropped.draft_id.clone(), slot);
        self.duplicates.push(Duplicate {
            kind,
            unit: kept_name,
            kept: kept_file,
            dropped: dropped.file.clone(),
            newest_kept: true,
            set_aside: self.keep_set_aside.then(|| Box::new(dropped)),
        });
    }

    /// Counts the file set aside in duplicate `index` instead of the one counted (and back
    /// again when called twice). Returns false when there is nothing to swap: no such
    /// duplicate, its summary was not kept, or the counted file has since been replaced.
    pub fn swap(&mut self, index: usize) -> bool {
        let Some(dup) = self.duplicates.get_mut(index) else {
            return false;
        };
        let Some(slot) = self.units.iter().position(|u| u.file == dup.kept) else {
            return false;
        };
        let (Some(aside), Some(counted)) = (dup.set_aside.as_mut(), self.units.get_mut(slot))
        else {
            return false;
        };
        std::mem::swap(counted, aside);
        std::mem::swap(&mut dup.kept, &mut dup.dropped);
        dup.unit = counted.name.clone();
        dup.newest_kept = !dup.newest_kept;
        true
    }
}
