//! Errors the app's views show, as types with the Chinese message users read (`Display`).

use fingertip_core::finalise::FinaliseError;
use fingertip_core::import::ImportError;
use fingertip_core::report::ReportError;
use fingertip_core::store::StoreError;

use crate::platform::download::DownloadError;
use crate::platform::file::ReadError;
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

/// Why a draft could not be opened, reloaded, finalised or reopened.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DraftError {
    /// No draft is open (yet).
    #[error("草稿尚未打开,请稍后重试。")]
    NotOpen,
    /// No draft with this id is stored in this browser.
    #[error("找不到草稿 {0}:它可能已被删除,或保存在另一台电脑、另一个浏览器中。")]
    NotFound(String),
    /// A comparison side with nothing usable chosen.
    #[error("请先为两边各选择一次自查(本机草稿或存档文件)。")]
    NotChosen,
    /// Another tab deleted the draft this page has open.
    #[error("另一个窗口已删除这份草稿。本页内容仍在,可以继续填写,或点击“导出全部数据”保存。")]
    DeletedElsewhere,
    /// The browser's storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// 定稿 or 重新打开 was refused.
    #[error(transparent)]
    Finalise(#[from] FinaliseError),
}

/// Why a picked file cannot be opened: the browser could not read it, or it is not an
/// importable file. A file over the size limit is the import's own error ([`ImportError::TooLarge`]).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FileError {
    /// The browser could not read the file.
    #[error(transparent)]
    Read(ReadError),
    /// The file was read but cannot be imported.
    #[error(transparent)]
    Import(#[from] ImportError),
}

impl From<ReadError> for FileError {
    fn from(e: ReadError) -> Self {
        match e {
            ReadError::TooLarge(size) => Self::Import(ImportError::TooLarge { size }),
            other => Self::Read(other),
        }
    }
}

impl FileError {
    /// A stable kind for tests (`data-kind`).
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Read(_) => "read_failed",
            Self::Import(e) => e.kind(),
        }
    }
}
