//! Every state change, as a typed action.

use std::rc::Rc;

use super::Session;
use fingertip_core::batch::{BatchMode, BatchPlan};
use fingertip_core::draft::DraftSummary;
use fingertip_core::edit::Edit;
use fingertip_core::store::StoreError;

use super::Quarantine;

/// Every state change.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The draft list was read from storage.
    DraftsLoaded(Vec<DraftSummary>),
    /// Make this the open draft (judged once, by whoever opened it: the reducer does not
    /// evaluate it again).
    Open(Rc<Session>),
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
