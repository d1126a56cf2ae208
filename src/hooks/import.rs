//! Import intents of the app handle: an opened file becomes a new draft (or, confirmed, replaces
//! the draft it came from), and a backup restores every draft it holds without overwriting any.

use fingertip_core::draft::{summarize, DraftSummary};
use fingertip_core::engine::evaluate;
use fingertip_core::import::{BackupPreview, QuarantinedEntry, RestoreAction, RestorePlan};
use fingertip_core::model::{Assessment, DraftOrigin};
use fingertip_core::save::SavedFile;
use fingertip_core::timestamp::repair_stamps;

use super::AppHandle;
use crate::platform::{clock, storage};
use crate::state::{Action, Session};

/// What "全部恢复" did, for the user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RestoreReport {
    /// Units restored as drafts.
    pub restored: Vec<String>,
    /// Units restored under a new id because their id was already taken.
    pub renamed: Vec<String>,
    /// Entries kept in quarantine because they still cannot be read (or would lose data).
    pub quarantined: usize,
    /// What could not be written, in Chinese.
    pub failed: Vec<String>,
}

impl AppHandle {
    /// The draft that opening a file with draft id `file_id` would replace: the draft with that
    /// id, else the most recent draft imported from a file with that id.
    pub fn replace_target(&self, file_id: &str) -> Option<DraftSummary> {
        let drafts = &self.state().drafts;
        if let Some(d) = drafts.iter().find(|d| d.id == file_id) {
            return Some(d.clone());
        }
        let origins = storage::origins();
        drafts
            .iter()
            .filter(|d| origins.get(d.id.as_str()).is_some_and(|o| o == file_id))
            .max_by(|a, b| a.updated.cmp(&b.updated))
            .cloned()
    }

    /// Imports `file` (picked as `name`) as a new draft under a fresh id (nothing is
    /// overwritten), opens it, returns its id.
    pub fn import_new(&self, file: &SavedFile, name: &str) -> String {
        let mut a = imported(file, |at| DraftOrigin::Imported {
            file: name.to_string(),
            at,
        });
        let origin = std::mem::replace(&mut a.id, clock::new_draft_id());
        let id = self.open_and_save(a);
        storage::record_origin(&id, &origin);
        id.into_string()
    }

    /// Replaces draft `target` with `file` (picked as `name`; the user confirmed), opens it,
    /// returns its id.
    pub fn import_replace(&self, file: &SavedFile, target: &str, name: &str) -> String {
        let mut a = imported(file, |at| DraftOrigin::Imported {
            file: name.to_string(),
            at,
        });
        let origin = std::mem::replace(&mut a.id, target.into());
        // Judged once: the same session is stored and opened.
        let session = std::rc::Rc::new(Session::open(self.national_pack(), a));
        let summary = session.summary();
        self.0.dispatch(Action::Open(session.clone()));
        let stored = storage::overwrite_draft(self.pack(), &session.assessment, &summary);
        self.report_save(stored, summary);
        if origin != target {
            storage::record_origin(target, &origin);
        }
        target.to_string()
    }

    /// Carries out `plan` for `backup`: each readable draft under its own id, or a new one when
    /// the plan says the id is taken; what cannot be read, or would lose answers, is kept in
    /// quarantine verbatim. `name` is the backup file's name, kept as a renamed draft's origin.
    pub fn restore_all(
        &self,
        backup: &BackupPreview,
        plan: &RestorePlan,
        name: &str,
    ) -> RestoreReport {
        let mut report = RestoreReport::default();
        for step in &plan.steps {
            match (&step.action, RestorePlan::file(backup, step.source)) {
                (RestoreAction::Quarantine(entry), _) => keep(entry, &mut report),
                (RestoreAction::Restore, Some(file)) => {
                    self.restore_one(file, name, false, &mut report)
                }
                (RestoreAction::Renamed, Some(file)) => {
                    self.restore_one(file, name, true, &mut report)
                }
                (_, None) => {}
            }
        }
        self.check_storage();
        report
    }

    fn restore_one(&self, file: &SavedFile, name: &str, renamed: bool, report: &mut RestoreReport) {
        // Restored as it was exported (name and origin included), so the same drafts come back;
        // only a copy that needs a new id says where it came from. A draft another tab stored
        // under the planned id since the preview is never overwritten either.
        let mut a = file.clone().into_assessment();
        repair_stamps(&mut a, &clock::now_iso());
        let renamed = renamed || storage::draft_exists(&a.id);
        if renamed {
            while a.id.is_empty() || storage::draft_exists(&a.id) || a.id == file.assessment.id {
                a.id = clock::new_draft_id();
            }
            a.origin = Some(DraftOrigin::Restored {
                file: name.to_string(),
                at: clock::now_iso(),
            });
        }
        let summary = summarize(&a, &evaluate(self.pack_of(&a), &a));
        if renamed {
            report.renamed.push(summary.unit.clone());
        }
        let summary = DraftSummary {
            id: a.id.clone(),
            ..summary
        };
        match storage::overwrite_draft(self.pack(), &a, &summary) {
            Ok(_) => report.restored.push(summary.unit),
            Err(e) => report.failed.push(format!("{}:{e}", summary.unit)),
        }
    }
}

/// `file` as an assessment to store: time stamps repaired, its own name cleaned and its origin
/// replaced by how it got into this browser.
fn imported(file: &SavedFile, origin: impl FnOnce(String) -> DraftOrigin) -> Assessment {
    let now = clock::now_iso();
    let mut a = file.clone().into_assessment();
    repair_stamps(&mut a, &now);
    let typed = std::mem::take(&mut a.title);
    fingertip_core::draft::rename(&mut a, &typed);
    a.origin = Some(origin(now));
    a
}

fn keep(entry: &QuarantinedEntry, report: &mut RestoreReport) {
    match storage::keep_quarantined(entry) {
        Ok(()) => report.quarantined += 1,
        Err(e) => report.failed.push(format!("隔离内容 {}:{e}", entry.key)),
    }
}
