//! Errors of the report exports, with messages users see.

use thiserror::Error;

/// Why an export could not be produced.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ReportError {
    /// The spreadsheet writer failed; the detail is the writer's own message.
    #[error("生成 Excel 整改台账失败:{0}")]
    Xlsx(String),
    /// The Word writer failed.
    #[error("生成 Word 文件失败:{0}")]
    Docx(String),
}
