//! Everything the app shows, and the small types it holds.

use std::rc::Rc;

use fingertip_core::batch::BatchUndo;
use fingertip_core::draft::DraftSummary;
use fingertip_core::pack::Pack;
use fingertip_core::store::StoreError;
use yew::prelude::*;

use super::Session;

/// What the last save did.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum SaveStatus {
    /// Nothing saved yet in this visit.
    #[default]
    Idle,
    /// Saved at this local time (`hh:mm:ss`).
    Saved(AttrValue),
    /// The save failed; the message says what to do. Work stays in memory.
    Failed(AttrValue),
}

/// Unreadable drafts set aside by the start-up scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Quarantine {
    /// Entries kept in quarantine (raw, exported with all data).
    pub kept: usize,
    /// Unreadable drafts that could not be moved and stay where they are.
    pub stuck: usize,
}

/// Another tab saved the open draft after this tab last read or wrote it.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// The draft.
    pub id: AttrValue,
    /// Its `updated` stamp in storage.
    pub updated: AttrValue,
}

/// Everything the app shows.
#[derive(Debug, PartialEq)]
pub struct AppState {
    /// The criteria pack.
    pub pack: &'static Pack,
    /// Saved drafts for the start page.
    pub drafts: Rc<Vec<DraftSummary>>,
    /// The open draft.
    pub session: Option<Rc<Session>>,
    /// The last save's outcome.
    pub save: SaveStatus,
    /// A message for the user that is not about saving (e.g. a storage read failure).
    pub notice: Option<AttrValue>,
    /// Projector mode.
    pub large_text: bool,
    /// Browser storage is failing; work continues in memory.
    pub storage_problem: Option<StoreError>,
    /// Unreadable drafts kept in quarantine (until the user dismisses the notice).
    pub quarantine: Option<Quarantine>,
    /// The open draft was changed in another tab; autosave holds off until the user chooses.
    pub conflict: Option<Conflict>,
    /// What the last 对所有…应用此答案 replaced, for 撤销; cleared when another draft opens.
    pub last_batch: Option<Rc<BatchUndo>>,
}

impl AppState {
    /// A fresh state over `pack`.
    pub fn new(pack: &'static Pack, large_text: bool) -> Self {
        AppState {
            pack,
            drafts: Rc::new(Vec::new()),
            session: None,
            save: SaveStatus::Idle,
            notice: None,
            large_text,
            storage_problem: None,
            quarantine: None,
            conflict: None,
            last_batch: None,
        }
    }

    pub(super) fn with(self: &Rc<Self>, change: impl FnOnce(&mut AppState)) -> Rc<Self> {
        let mut next = AppState {
            pack: self.pack,
            drafts: self.drafts.clone(),
            session: self.session.clone(),
            save: self.save.clone(),
            notice: self.notice.clone(),
            large_text: self.large_text,
            storage_problem: self.storage_problem.clone(),
            quarantine: self.quarantine,
            conflict: self.conflict.clone(),
            last_batch: self.last_batch.clone(),
        };
        change(&mut next);
        Rc::new(next)
    }
}
