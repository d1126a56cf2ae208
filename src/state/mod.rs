//! The one app state and its typed actions. The reducer is a thin `match` over calls into
//! `fingertip-core`; it never touches storage (autosave is an effect in the provider).

use std::rc::Rc;

use fingertip_core::draft::{summarize, DraftSummary};
use fingertip_core::edit::{apply, Edit};
use fingertip_core::engine::{evaluate, Evaluation};
use fingertip_core::model::Assessment;
use fingertip_core::pack::Pack;
use yew::prelude::*;

/// The open draft with its evaluation, recomputed after every change.
#[derive(Debug, PartialEq)]
pub struct Session {
    /// The assessment being filled in.
    pub assessment: Assessment,
    /// Its evaluation against the pack.
    pub evaluation: Evaluation,
    /// Bumped on every change; autosave watches it. 0 = as loaded.
    pub revision: u64,
}

impl Session {
    /// A session for `assessment` as loaded.
    pub fn open(pack: &Pack, assessment: Assessment) -> Self {
        let evaluation = evaluate(pack, &assessment);
        Session {
            assessment,
            evaluation,
            revision: 0,
        }
    }

    /// The draft-list line for this session.
    pub fn summary(&self) -> DraftSummary {
        summarize(&self.assessment, &self.evaluation)
    }
}

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
}

/// Every state change.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The draft list was read from storage.
    DraftsLoaded(Vec<DraftSummary>),
    /// Make this the open draft.
    Open(Box<Assessment>),
    /// A user edit of the open draft, stamped with the time it happened.
    Edit {
        /// ISO time of the edit.
        now: String,
        /// The edit.
        edit: Edit,
    },
    /// Autosave finished.
    Saved {
        /// Local time `hh:mm:ss`.
        at: String,
        /// The saved draft's list line.
        summary: DraftSummary,
    },
    /// Autosave failed.
    SaveFailed(String),
    /// A draft was deleted from storage.
    Deleted(String),
    /// Show (or clear) a notice.
    Notice(Option<String>),
    /// Projector mode on or off.
    LargeText(bool),
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
        }
    }

    fn with(self: &Rc<Self>, change: impl FnOnce(&mut AppState)) -> Rc<Self> {
        let mut next = AppState {
            pack: self.pack,
            drafts: self.drafts.clone(),
            session: self.session.clone(),
            save: self.save.clone(),
            notice: self.notice.clone(),
            large_text: self.large_text,
        };
        change(&mut next);
        Rc::new(next)
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::DraftsLoaded(list) => self.with(|s| s.drafts = Rc::new(list)),
            Action::Open(a) => {
                let session = Session::open(self.pack, *a);
                self.with(|s| {
                    s.session = Some(Rc::new(session));
                    s.save = SaveStatus::Idle;
                })
            }
            Action::Edit { now, edit } => {
                let Some(current) = &self.session else {
                    return self;
                };
                let mut assessment = current.assessment.clone();
                if !apply(&mut assessment, edit) {
                    return self;
                }
                assessment.updated = now;
                let evaluation = evaluate(self.pack, &assessment);
                let revision = current.revision + 1;
                self.with(|s| {
                    s.session = Some(Rc::new(Session {
                        assessment,
                        evaluation,
                        revision,
                    }))
                })
            }
            Action::Saved { at, summary } => self.with(|s| {
                s.save = SaveStatus::Saved(at.into());
                let mut list = (*s.drafts).clone();
                match list.iter_mut().find(|d| d.id == summary.id) {
                    Some(line) => *line = summary,
                    None => list.push(summary),
                }
                s.drafts = Rc::new(list);
            }),
            Action::SaveFailed(msg) => self.with(|s| s.save = SaveStatus::Failed(msg.into())),
            Action::Deleted(id) => self.with(|s| {
                s.drafts = Rc::new(s.drafts.iter().filter(|d| d.id != id).cloned().collect());
                if s.session.as_ref().is_some_and(|x| x.assessment.id == id) {
                    s.session = None;
                }
            }),
            Action::Notice(n) => self.with(|s| s.notice = n.map(AttrValue::from)),
            Action::LargeText(on) if on == self.large_text => self,
            Action::LargeText(on) => self.with(|s| s.large_text = on),
        }
    }
}
