//! Data-safety components: the storage and two-tab banners, "导出全部数据", and the open-file
//! flow (picker, preview, issues, actions, restore-all).

mod backup_restore;
mod conflict_banner;
mod export_all;
mod file_picker;
mod import_actions;
mod import_issues;
mod import_preview;
mod restore_report;
mod storage_banner;

pub use backup_restore::BackupRestore;
pub use conflict_banner::ConflictBanner;
pub use export_all::{ExportAllButton, ExportAllView, EXPORT_ALL_ACTION};
pub use file_picker::FilePicker;
pub use import_actions::ImportActions;
pub use import_issues::ImportIssues;
pub use import_preview::ImportPreview;
pub use restore_report::RestoreReportView;
pub use storage_banner::StorageBanner;
