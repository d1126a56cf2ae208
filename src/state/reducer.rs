//! The reducer: a thin `match` over calls into `fingertip-core`.

use std::rc::Rc;

use fingertip_core::batch;
use fingertip_core::edit::{apply_with, SetAside};
use fingertip_core::engine::{reevaluate, Touched};
use fingertip_core::finalise;
use fingertip_core::model::Assessment;
use fingertip_core::pack::Pack;
use yew::prelude::*;

use super::{Action, AppState, Conflict, SaveStatus, Session};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::DraftsLoaded(list) => self.with(|s| s.drafts = Rc::new(list)),
            Action::Open(session) => self.with(|s| {
                s.session = Some(session);
                s.save = SaveStatus::Idle;
                s.conflict = None;
                s.last_batch = None;
            }),
            Action::Edit { now, edit } => {
                let touched = edit.touches();
                self.edit_session(now, &touched, |a, aside| apply_with(a, aside, edit))
                    .0
            }
            Action::Batch { now, plan, mode } => {
                let mut undo = None;
                let (next, changed) = self.edit_session(now, &Touched::Everything, |a, _| {
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
                let (next, _) =
                    self.edit_session(now, &Touched::Everything, |a, _| batch::undo(a, &u));
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
                if s.conflict
                    .as_ref()
                    .is_some_and(|c| c.id == summary.id.as_str())
                {
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
    /// The state after `change` to the open draft (re-evaluated where `touched` says, and stamped
    /// `now`), and whether it changed; `self` unchanged when there is no open draft or `change`
    /// reports no change.
    fn edit_session(
        self: Rc<Self>,
        now: String,
        touched: &Touched,
        change: impl FnOnce(&mut Assessment, &mut SetAside) -> bool,
    ) -> (Rc<Self>, bool) {
        let Some(current) = &self.session else {
            return (self, false);
        };
        let mut assessment = current.assessment.clone();
        let mut set_aside = current.set_aside.clone();
        if !change(&mut assessment, &mut set_aside) {
            return (self, false);
        }
        assessment.updated = now;
        // Judged on the draft's own pack: the national pack merged with its overlays.
        let evaluation = reevaluate(current.pack, &assessment, &current.evaluation, touched);
        let revision = current.revision + 1;
        let (pack, overlay_problem) = (current.pack, current.overlay_problem.clone());
        let next = self.with(|s| {
            s.session = Some(Rc::new(Session {
                assessment,
                evaluation,
                revision,
                pack,
                overlay_problem,
                set_aside,
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
            set_aside: current.set_aside.clone(),
        };
        self.with(|s| s.session = Some(Rc::new(session)))
    }
}
