//! Why a saved file could not be opened, in words users can act on.

/// A saved file that cannot be opened at all. Problems inside a readable file are
/// [`ValidationIssue`](super::ValidationIssue)s instead, reported without dropping anything.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    /// Not JSON at all.
    #[error("文件不是有效的 JSON,可能已损坏或不是本工具导出的文件:{0}")]
    NotJson(String),
    /// JSON, but not a 指尖自查 save file.
    #[error("这不是指尖自查的存档文件:缺少“{0}”字段")]
    NotOurFile(String),
    /// `format_version` is not a positive whole number.
    #[error("存档的格式版本“{0}”无效,应为正整数")]
    BadVersion(String),
    /// Saved by a newer version of the tool.
    #[error("存档格式版本为 {found},本工具只支持到版本 {supported},请使用新版指尖自查打开")]
    FutureVersion {
        /// The file's version.
        found: u64,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The right kind of file, but fields are missing or of the wrong type.
    #[error("存档内容不完整或格式有误:{0}")]
    Malformed(String),
}
