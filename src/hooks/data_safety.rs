//! Data-safety intents of the app handle: storage health at start-up, save failures turned into
//! a visible problem, "导出全部数据", and the user's choice when another tab changed the open draft.

use fingertip_core::import::{add_open_draft, backup_json};
use fingertip_core::save::SavedFile;

use super::AppHandle;
use fingertip_core::store::StoredData;

use crate::error::DraftError;
use crate::platform::clock;
use crate::platform::download::{self, DownloadError};
use crate::platform::storage::{self, StoreError};
use crate::state::{Action, Quarantine, Session};

impl AppHandle {
    /// Tests that storage works, then scans the drafts (quarantining unreadable ones) and loads the list.
    pub fn check_storage(&self) {
        if let Err(e) = storage::probe() {
            self.0.dispatch(Action::Storage(Some(e)));
        }
        match storage::scan(self.national_pack()) {
            Ok(scan) => {
                self.0.dispatch(Action::DraftsLoaded(scan.drafts));
                self.0.dispatch(Action::Quarantined(Quarantine {
                    kept: scan.quarantined,
                    stuck: scan.stuck,
                }));
            }
            Err(e) => self.0.dispatch(Action::Storage(Some(e))),
        }
    }

    /// A failed save of draft `id`: the session stays in memory, the status says 保存失败, and
    /// the banner says why (or, when another tab saved first, asks the user to choose).
    pub(super) fn report_save_error(&self, id: &str, e: StoreError) {
        match &e {
            StoreError::ChangedElsewhere { updated } => self.0.dispatch(Action::ChangedElsewhere {
                id: id.to_string(),
                updated: updated.clone(),
            }),
            other => self.0.dispatch(Action::Storage(Some(other.clone()))),
        }
        self.0.dispatch(Action::SaveFailed(format!("保存失败:{e}")));
    }

    /// Downloads one backup file with every stored draft, the open draft as it is on screen, and
    /// every quarantined entry; returns what was exported, in Chinese, or why it failed.
    pub fn export_all(&self) -> Result<String, DownloadError> {
        let stored = storage::export_entries();
        let unreadable = stored.is_err();
        let StoredData {
            mut drafts,
            quarantined,
        } = stored.unwrap_or_default();
        if let Some(s) = self.session() {
            add_open_draft(&mut drafts, SavedFile::new(self.pack(), &s.assessment));
        }
        let json = backup_json(&clock::now_iso(), &drafts, &quarantined);
        let name = format!("指尖自查-全部数据-{}.json", clock::today());
        download::download(&name, download::JSON, json.as_bytes())?;
        let mut said = format!("已导出 {} 份自查", drafts.len());
        if !quarantined.is_empty() {
            said.push_str(&format!("和 {} 份隔离内容", quarantined.len()));
        }
        if unreadable {
            said.push_str("(浏览器存储无法读取,只导出了本页中的内容)");
        }
        said.push_str(",请把文件保存在安全的位置。");
        Ok(said)
    }

    /// Settles a conflict by reading the other tab's version (this page's unsaved changes are dropped).
    pub fn load_latest(&self) -> Result<(), DraftError> {
        let Some(c) = self.state().conflict.clone() else {
            return Ok(());
        };
        match storage::load_draft(&c.id) {
            Ok(Some(a)) => {
                let session = Session::open(self.national_pack(), a);
                self.0.dispatch(Action::Open(std::rc::Rc::new(session)));
                Ok(())
            }
            Ok(None) => {
                self.0.dispatch(Action::ConflictResolved);
                Err(DraftError::DeletedElsewhere)
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Settles a conflict by writing this page's content over the other tab's version.
    pub fn keep_mine(&self) {
        if let Some(s) = self.session() {
            let summary = s.summary();
            self.report_save(
                storage::overwrite_draft(self.pack(), &s.assessment, &summary),
                summary,
            );
        }
        self.0.dispatch(Action::ConflictResolved);
    }

    /// Hides the quarantine notice (the entries stay kept).
    pub fn dismiss_quarantine(&self) {
        self.0.dispatch(Action::DismissQuarantine);
    }
}
