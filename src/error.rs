//! Errors the app's views show, as types with the Chinese message users read (`Display`).

use fingertip_core::report::ReportError;

use crate::platform::download::DownloadError;
use crate::platform::print::PrintError;

/// Why an export, a download or a print did not happen.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ExportError {
    /// The browser could not offer the file.
    #[error(transparent)]
    Download(#[from] DownloadError),
    /// The print dialog could not be opened.
    #[error(transparent)]
    Print(#[from] PrintError),
    /// The file could not be produced.
    #[error(transparent)]
    Report(#[from] ReportError),
    /// No draft is open (yet).
    #[error("草稿尚未打开,请稍后重试。")]
    NotOpen,
    /// The hosted app whose 备案申请表 was asked for is gone.
    #[error("该应用的备案申请表已不存在,请刷新后重试。")]
    FormGone,
}
