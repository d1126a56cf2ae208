//! The one plan for restoring a backup: for every draft and quarantined entry, whether it comes
//! back as a draft under its own id, under a new id (its id is taken, by a stored draft or by an
//! earlier draft of the same backup), or stays in quarantine verbatim. The backup preview shows
//! this plan and the app carries it out, so what the user is told is what happens.

use std::collections::HashSet;

use super::backup::{BackupPreview, QuarantinedEntry};
use crate::save::SavedFile;
use crate::store::is_bookkeeping;

/// Where a step's content is in the backup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RestoreSource {
    /// The draft at this position of `drafts`.
    Draft(usize),
    /// The entry at this position of `quarantined`.
    Quarantined(usize),
}

/// What happens to one draft or entry.
#[derive(Debug, Clone, PartialEq)]
pub enum RestoreAction {
    /// Restored as a draft under its own id.
    Restore,
    /// Restored as a draft under a new id: its id is taken; the existing draft is not touched.
    Renamed,
    /// Kept in quarantine as it is (it cannot be read, or restoring it would lose answers).
    Quarantine(QuarantinedEntry),
}

/// One step of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct RestoreStep {
    /// Which draft or entry.
    pub source: RestoreSource,
    /// What happens to it.
    pub action: RestoreAction,
    /// What happens, in Chinese, as the preview says it.
    pub says: &'static str,
}

/// Every step of restoring a backup, in order: its drafts, then its quarantined entries (the
/// browser's own bookkeeping entries are left out).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RestorePlan {
    /// The steps.
    pub steps: Vec<RestoreStep>,
}

const RESTORE: &str = "将恢复为草稿";
const RENAMED: &str = "编号已存在,将以新编号加入(不覆盖现有草稿)";
const BLOCKING: &str = "有会导致答案丢失或混淆的问题,将原样隔离保存";
const UNREADABLE_DRAFT: &str = "原始内容将隔离保存";
const STILL_UNREADABLE: &str = "仍无法读取,继续隔离保存";

impl RestorePlan {
    /// The plan for `backup` when the drafts `stored` already exist in this browser.
    pub fn new<'a>(backup: &BackupPreview, stored: impl IntoIterator<Item = &'a str>) -> Self {
        let mut taken: HashSet<String> = stored.into_iter().map(str::to_string).collect();
        let mut steps = Vec::new();
        for (i, draft) in backup.drafts.iter().enumerate() {
            let source = RestoreSource::Draft(i);
            let kept = || QuarantinedEntry {
                key: format!("backup/drafts/{}", i + 1),
                raw: backup.raw.get(i).cloned().flatten().unwrap_or_default(),
            };
            steps.push(match draft {
                Ok(p) if p.blocking => quarantine(source, kept(), BLOCKING),
                Ok(p) => as_draft(source, &p.file, &mut taken),
                Err(_) => quarantine(source, kept(), UNREADABLE_DRAFT),
            });
        }
        for (i, q) in backup.quarantined.iter().enumerate() {
            let source = RestoreSource::Quarantined(i);
            if is_bookkeeping(&q.entry.key) {
                continue;
            }
            steps.push(match &q.result {
                Ok(p) if p.blocking => quarantine(source, q.entry.clone(), BLOCKING),
                Ok(p) => as_draft(source, &p.file, &mut taken),
                Err(_) => quarantine(source, q.entry.clone(), STILL_UNREADABLE),
            });
        }
        RestorePlan { steps }
    }

    /// The saved file a restoring step brings back, from `backup`.
    pub fn file(backup: &BackupPreview, source: RestoreSource) -> Option<&SavedFile> {
        let preview = match source {
            RestoreSource::Draft(i) => backup.drafts.get(i)?.as_ref().ok()?,
            RestoreSource::Quarantined(i) => backup.quarantined.get(i)?.result.as_ref().ok()?,
        };
        Some(&preview.file)
    }
}

fn quarantine(source: RestoreSource, entry: QuarantinedEntry, says: &'static str) -> RestoreStep {
    RestoreStep {
        source,
        action: RestoreAction::Quarantine(entry),
        says,
    }
}

fn as_draft(source: RestoreSource, file: &SavedFile, taken: &mut HashSet<String>) -> RestoreStep {
    let id = &file.assessment.id;
    let free = !id.is_empty() && taken.insert(id.to_string());
    let (action, says) = match free {
        true => (RestoreAction::Restore, RESTORE),
        false => (RestoreAction::Renamed, RENAMED),
    };
    RestoreStep {
        source,
        action,
        says,
    }
}
