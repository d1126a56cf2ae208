//! `use_app()`: the app context with intent methods, so components never dispatch raw actions.

use std::rc::Rc;

use fingertip_core::batch::{BatchMode, BatchPlan};
use fingertip_core::edit::Edit;
use fingertip_core::model::{Assessment, DraftId, DraftOrigin, Purpose, UnitProfile};
use fingertip_core::pack::Pack;
use fingertip_core::store::{Saved, StoreError};
use yew::prelude::*;

use crate::error::DraftError;
use crate::platform::{clock, focus, overlay_store, perf, storage};
use crate::state::{Action, AppState, Session};

/// The app context handle.
#[derive(Clone, PartialEq)]
pub struct AppHandle(pub UseReducerHandle<AppState>);

impl AppHandle {
    /// The whole state.
    pub fn state(&self) -> &AppState {
        &self.0
    }

    /// The criteria pack of the open draft (national plus the overlays it carries), or the
    /// national pack when no draft is open.
    pub fn pack(&self) -> &'static Pack {
        self.0.session.as_ref().map_or(self.0.pack, |s| s.pack)
    }

    /// The national pack, whatever draft is open (imports, roll-up, overlays check against it).
    pub fn national_pack(&self) -> &'static Pack {
        self.0.pack
    }

    /// The pack draft `a` is judged against: national plus its overlays (national alone when
    /// they cannot be merged; the draft keeps them either way).
    pub fn pack_of(&self, a: &Assessment) -> &'static Pack {
        fingertip_core::overlay::effective(self.0.pack, &a.overlays).unwrap_or(self.0.pack)
    }

    /// The open draft, if any.
    pub fn session(&self) -> Option<Rc<Session>> {
        self.0.session.clone()
    }

    /// Applies a user edit to the open draft.
    pub fn edit(&self, edit: Edit) {
        self.0.dispatch(Action::Edit {
            now: clock::now_iso(),
            edit,
        });
    }

    /// Adds overlay `o` to the open draft (or upgrades the draft's older copy).
    pub fn attach_overlay(&self, o: &fingertip_core::overlay::Overlay) {
        self.0.dispatch(Action::AttachOverlay {
            now: clock::now_iso(),
            overlay: Box::new(o.clone()),
        });
    }

    /// 对所有…应用此答案: writes the confirmed plan.
    pub fn batch(&self, plan: Rc<BatchPlan>, mode: BatchMode) {
        perf::mark_answer();
        self.0.dispatch(Action::Batch {
            now: clock::now_iso(),
            plan,
            mode,
        });
    }

    /// 撤销: puts back what the last batch replaced.
    pub fn undo_batch(&self) {
        self.0.dispatch(Action::UndoBatch {
            now: clock::now_iso(),
        });
    }

    /// Starts a new draft, saves it at once, opens it and returns its id.
    pub fn new_draft(&self, purpose: Purpose) -> String {
        let now = clock::now_iso();
        let assessment = Assessment {
            id: clock::new_draft_id(),
            created: now.clone(),
            updated: now.clone(),
            profile: UnitProfile {
                purpose,
                date: clock::today(),
                ..UnitProfile::default()
            },
            // A new draft is answered with every 地方标准 loaded in this browser.
            overlays: overlay_store::load_all(self.national_pack()).0,
            origin: Some(DraftOrigin::New { at: now.clone() }),
            ..Assessment::default()
        };
        self.open_and_save(assessment).into_string()
    }

    /// Starts a 培训练习 draft from the built-in sample unit (试用示例单位 and 用示例单位练习):
    /// the sample is nobody's real self-check, so it is kept apart from real drafts, and its
    /// printouts carry the 培训练习 mark. `None` if the sample cannot be read.
    pub fn new_sample_draft(&self) -> Option<String> {
        self.sample().map(|mut a| {
            a.profile.purpose = Purpose::Training;
            self.open_and_save(a).into_string()
        })
    }

    /// The built-in sample as a fresh assessment, or a notice when it cannot be read.
    fn sample(&self) -> Option<Assessment> {
        let now = clock::now_iso();
        let sample =
            fingertip_core::sample::sample_assessment(&clock::new_draft_id(), &now).map(|a| {
                Assessment {
                    origin: Some(DraftOrigin::Sample { at: now.clone() }),
                    ..a
                }
            });
        if sample.is_none() {
            self.0.dispatch(Action::Notice(Some(
                "示例数据无法读取,请联系技术人员。".to_string(),
            )));
        }
        sample
    }

    /// Stores `assessment` as a draft and opens it; returns its id.
    pub fn open_and_save(&self, assessment: Assessment) -> DraftId {
        let id = assessment.id.clone();
        let session = Rc::new(Session::open(self.national_pack(), assessment));
        let summary = session.summary();
        self.0.dispatch(Action::Open(session.clone()));
        self.report_save(
            storage::save_draft(session.pack, &session.assessment, &summary),
            summary,
        );
        id
    }

    /// Makes draft `id` the open one, reading it from storage unless already open.
    /// Says why, for the user, when it cannot be opened.
    pub fn open_draft(&self, id: &str) -> Result<(), DraftError> {
        if self
            .0
            .session
            .as_ref()
            .is_some_and(|s| s.assessment.id == id)
        {
            return Ok(());
        }
        let a = self.load_draft(id)?;
        self.0.dispatch(Action::Open(Rc::new(Session::open(
            self.national_pack(),
            a,
        ))));
        Ok(())
    }

    /// Reads stored draft `id` without opening it (for a comparison); call it from an effect or
    /// a click, never during render. Says why, for the user, when it cannot be read.
    pub fn load_draft(&self, id: &str) -> Result<Assessment, DraftError> {
        match storage::load_draft(id) {
            Ok(Some(a)) => Ok(a),
            Ok(None) => Err(DraftError::NotFound(id.to_string())),
            Err(e) => Err(e.into()),
        }
    }

    /// Names draft `id` as typed (blank: the list shows the unit). The open draft is renamed in
    /// place and autosaved; any other is renamed in storage without being opened.
    pub fn rename_draft(&self, id: &str, typed: &str) {
        if self
            .0
            .session
            .as_ref()
            .is_some_and(|s| s.assessment.id == id)
        {
            self.0.dispatch(Action::Rename(typed.to_string()));
            return;
        }
        match storage::rename_draft(self.national_pack(), id, typed) {
            Ok(Some(line)) => self.0.dispatch(Action::ListLine(line)),
            Ok(None) => {}
            Err(e) => self.0.dispatch(Action::Notice(Some(e.to_string()))),
        }
    }

    /// Deletes draft `id` (the caller has confirmed).
    pub fn delete_draft(&self, id: &str) {
        match storage::delete_draft(id) {
            Ok(()) => self.0.dispatch(Action::Deleted(id.to_string())),
            Err(e) => self.0.dispatch(Action::Notice(Some(e.to_string()))),
        }
    }

    /// Deletes every 培训练习 draft (the caller has confirmed); real drafts stay.
    pub fn clear_practice_drafts(&self) {
        let ids: Vec<DraftId> = self
            .0
            .drafts
            .iter()
            .filter(|d| d.purpose == Purpose::Training)
            .map(|d| d.id.clone())
            .collect();
        for id in ids {
            self.delete_draft(&id);
        }
    }

    /// Reads the draft list from storage, checking storage health and quarantining unreadable
    /// drafts on the way (see `check_storage`).
    pub fn reload_drafts(&self) {
        self.check_storage();
    }

    /// Saves the open draft (called by the autosave effect).
    pub fn save_open_draft(&self) {
        if let Some(s) = &self.0.session {
            let summary = s.summary();
            self.report_save(
                storage::save_draft(self.pack(), &s.assessment, &summary),
                summary,
            );
        }
    }

    /// Shows what a save achieved: 已保存 (with a banner when only the draft list lags behind),
    /// or the failure.
    pub(super) fn report_save(
        &self,
        result: Result<Saved, StoreError>,
        summary: fingertip_core::draft::DraftSummary,
    ) {
        match result {
            Ok(saved) => {
                perf::mark_saved();
                self.0.dispatch(Action::Saved {
                    at: clock::local_time(&clock::now_iso()),
                    summary,
                });
                if let Saved::ListBehind(_) = saved {
                    self.0
                        .dispatch(Action::Storage(Some(StoreError::ListBehind)));
                }
            }
            Err(e) => self.report_save_error(&summary.id, e),
        }
    }

    /// Projector mode on or off (remembered in this browser).
    pub fn set_large_text(&self, on: bool) {
        focus::set_large_text(on);
        storage::save_large_text(on);
        self.0.dispatch(Action::LargeText(on));
    }

    /// Clears the notice.
    pub fn dismiss_notice(&self) {
        self.0.dispatch(Action::Notice(None));
    }
}

/// The app context; must be used below `AppProvider`.
#[hook]
pub fn use_app() -> AppHandle {
    match use_context::<AppHandle>() {
        Some(handle) => handle,
        None => unreachable_context(),
    }
}

fn unreachable_context() -> ! {
    // Every page is rendered inside AppProvider (app.rs); reaching this is a programming error.
    panic!("use_app() called outside AppProvider") // allow-panic
}

/// The draft the address names when the app starts, read from storage, so that a deep link's
/// first render draws its page (one render, not "正在打开草稿……" and then the page again). `None`
/// when the address names no draft or it cannot be read: the page's own effect then opens it or
/// says why (`AppHandle::open_draft`), as for any other route.
pub fn draft_at_start(pack: &'static Pack) -> Option<Rc<Session>> {
    let route = crate::route::Route::of_hash(&crate::platform::browser::location_hash())?;
    let assessment = storage::load_draft(route.draft()?).ok()??;
    Some(Rc::new(Session::open(pack, assessment)))
}
