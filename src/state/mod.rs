//! The one app state and its typed actions. The reducer is a thin `match` over calls into
//! `fingertip-core`; it never touches storage (autosave is an effect in the provider).

use std::rc::Rc;

use fingertip_core::batch::{self, BatchMode, BatchPlan, BatchUndo};
use fingertip_core::draft::{summarize, DraftSummary};
use fingertip_core::edit::{apply, Edit};
use fingertip_core::engine::{evaluate, Evaluation};
use fingertip_core::finalise;
use fingertip_core::model::Assessment;
use fingertip_core::pack::Pack;
use fingertip_core::store::StoreError;
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
    /// The pack this draft is judged against: the national pack with the overlays it carries.
    pub pack: &'static Pack,
    /// Set when the draft's overlays cannot be merged: why, in Chinese (it is then judged on
    /// the national pack alone and its overlay answers are kept, not counted).
    pub overlay_problem: Option<AttrValue>,
}

impl Session {
    /// A session for `assessment` as loaded, on `national` plus the overlays it carries.
    pub fn open(national: &'static Pack, assessment: Assessment) -> Self {
        let (pack, overlay_problem) =
            match fingertip_core::overlay::effective(national, &assessment.overlays) {
                Ok(pack) => (pack, None),
                Err(problems) => (
                    national,
                    Some(AttrValue::from(format!(
                        "本自查附带的地方标准无法使用,暂按全国问卷判定(地方题目的答案仍保存在草稿中):{}",
                        problems.first().map(ToString::to_string).unwrap_or_default()
                    ))),
                ),
            };
        let evaluation = evaluate(pack, &assessment);
        Session {
            assessment,
            evaluation,
            revision: 0,
            pack,
            overlay_problem,
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

/// Every state change.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The draft list was read from storage.
    DraftsLoaded(Vec<DraftSummary>),
    /// Make this the open draft.
    Open(Box<Assessment>),
    /// Add a 地方标准 to the open draft, or upgrade its older copy (then it is judged anew).
    AttachOverlay {
        /// ISO time of the change.
        now: String,
        /// The overlay, checked when it was loaded.
        overlay: Box<fingertip_core::overlay::Overlay>,
    },
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
    /// Storage failed (or works again: `None`).
    Storage(Option<StoreError>),
    /// The start-up scan's quarantine count.
    Quarantined(Quarantine),
    /// The user has read the quarantine notice.
    DismissQuarantine,
    /// Another tab saved draft `id`; a conflict if it is the open one.
    ChangedElsewhere {
        /// Draft id.
        id: String,
        /// Its `updated` stamp in storage.
        updated: String,
    },
    /// The user chose how to settle the conflict.
    ConflictResolved,
    /// 定稿: finalise the open draft in the names typed (ignored if core refuses).
    Finalise {
        /// ISO time, local with offset.
        now: String,
        /// 填报人 as typed.
        assessor: String,
        /// 审核人 as typed.
        reviewer: String,
    },
    /// 对所有…应用此答案: write the plan's value to its rows, remembering what it replaced.
    Batch {
        /// ISO time of the edit.
        now: String,
        /// The plan the user confirmed.
        plan: Rc<BatchPlan>,
        /// Empty rows only, or overwrite too.
        mode: BatchMode,
    },
    /// 撤销: put back what the last batch replaced.
    UndoBatch {
        /// ISO time of the edit.
        now: String,
    },
    /// 重命名 the open draft (allowed when finalised: the name is the list's, not the report's).
    Rename(String),
    /// A draft-list line changed outside the open draft (a stored draft renamed).
    ListLine(DraftSummary),
    /// 重新打开: reopen the open finalised draft for `reason` (ignored if core refuses).
    Reopen {
        /// ISO time, local with offset.
        now: String,
        /// Why, as typed.
        reason: String,
    },
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

    fn with(self: &Rc<Self>, change: impl FnOnce(&mut AppState)) -> Rc<Self> {
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
                    s.conflict = None;
                    s.last_batch = None;
                })
            }
            Action::Edit { now, edit } => self.edit_session(now, |a| apply(a, edit)).0,
            Action::Batch { now, plan, mode } => {
                let mut undo = None;
                let (next, changed) = self.edit_session(now, |a| {
                    let u = batch::apply(a, &plan, mode);
                    let changed = !u.previous.is_empty();
                    undo = Some(u);
                    changed
                });
                match (changed, undo) {
                    (true, Some(u)) => next.with(|s| s.last_batch = Some(Rc::new(u))),
                    _ => next,
                }
            }
            Action::UndoBatch { now } => {
                let Some(u) = self.last_batch.clone() else {
                    return self;
                };
                let (next, _) = self.edit_session(now, |a| batch::undo(a, &u));
                next.with(|s| s.last_batch = None)
            }
            Action::AttachOverlay { now, overlay } => {
                let Some(current) = &self.session else {
                    return self;
                };
                let mut assessment = current.assessment.clone();
                if assessment.is_finalised()
                    || !fingertip_core::overlay::attach(&mut assessment, &overlay)
                {
                    return self;
                }
                assessment.updated = now;
                let session = Session {
                    revision: current.revision + 1,
                    ..Session::open(self.pack, assessment)
                };
                self.with(|s| s.session = Some(Rc::new(session)))
            }
            Action::Saved { at, summary } => self.with(|s| {
                s.save = SaveStatus::Saved(at.into());
                s.storage_problem = None;
                if s.conflict.as_ref().is_some_and(|c| c.id == summary.id) {
                    s.conflict = None;
                }
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
            Action::Storage(p) if p == self.storage_problem => self,
            Action::Storage(p) => self.with(|s| s.storage_problem = p),
            Action::Quarantined(q) => {
                let q = (q.kept + q.stuck > 0).then_some(q);
                self.with(|s| s.quarantine = q)
            }
            Action::DismissQuarantine => self.with(|s| s.quarantine = None),
            Action::ChangedElsewhere { id, updated } => {
                if self.session.as_ref().is_none_or(|x| x.assessment.id != id) {
                    return self;
                }
                self.with(|s| {
                    s.conflict = Some(Conflict {
                        id: id.into(),
                        updated: updated.into(),
                    })
                })
            }
            Action::ConflictResolved => self.with(|s| s.conflict = None),
            Action::Finalise {
                now,
                assessor,
                reviewer,
            } => self.change_finalisation(|pack, a| {
                finalise::finalise(pack, a, &assessor, &reviewer, &now).is_ok()
            }),
            Action::Rename(typed) => {
                self.change_finalisation(|_, a| fingertip_core::draft::rename(a, &typed))
            }
            Action::ListLine(line) => self.with(|s| {
                let mut list = (*s.drafts).clone();
                match list.iter_mut().find(|d| d.id == line.id) {
                    Some(old) => *old = line,
                    None => list.push(line),
                }
                s.drafts = Rc::new(list);
            }),
            Action::Reopen { now, reason } => {
                self.change_finalisation(|_, a| finalise::reopen(a, &reason, &now).is_ok())
            }
        }
    }
}

impl AppState {
    /// The state after `change` to the open draft (re-evaluated and stamped `now`), and whether
    /// it changed; `self` unchanged when there is no open draft or `change` reports no change.
    fn edit_session(
        self: Rc<Self>,
        now: String,
        change: impl FnOnce(&mut Assessment) -> bool,
    ) -> (Rc<Self>, bool) {
        let Some(current) = &self.session else {
            return (self, false);
        };
        let mut assessment = current.assessment.clone();
        if !change(&mut assessment) {
            return (self, false);
        }
        assessment.updated = now;
        // Judged on the draft's own pack: the national pack merged with its overlays.
        let evaluation = evaluate(current.pack, &assessment);
        let revision = current.revision + 1;
        let (pack, overlay_problem) = (current.pack, current.overlay_problem.clone());
        let next = self.with(|s| {
            s.session = Some(Rc::new(Session {
                assessment,
                evaluation,
                revision,
                pack,
                overlay_problem,
            }))
        });
        (next, true)
    }

    /// The state after `change` to the open draft's finalisation or name, or `self` when it
    /// refused. The evaluation depends on neither, so it is kept.
    fn change_finalisation(
        self: Rc<Self>,
        change: impl FnOnce(&Pack, &mut Assessment) -> bool,
    ) -> Rc<Self> {
        let Some(current) = &self.session else {
            return self;
        };
        let mut assessment = current.assessment.clone();
        if !change(current.pack, &mut assessment) {
            return self;
        }
        let session = Session {
            assessment,
            evaluation: current.evaluation.clone(),
            revision: current.revision + 1,
            pack: current.pack,
            overlay_problem: current.overlay_problem.clone(),
        };
        self.with(|s| s.session = Some(Rc::new(session)))
    }
}
