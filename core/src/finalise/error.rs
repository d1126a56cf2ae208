//! Why finalising or reopening was refused, in Chinese the user can act on.

use super::MAX_TEXT;

/// A refused 定稿 or 重新打开; nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FinaliseError {
    /// Finalising a self-check that is finalised already.
    #[error("这份自查已经定稿,无需再次定稿。")]
    AlreadyFinalised,
    /// Reopening a self-check that is not finalised.
    #[error("这份自查尚未定稿,可以直接修改。")]
    NotFinalised,
    /// 填报人 left blank.
    #[error("请填写填报人姓名后再定稿。")]
    NoAssessor,
    /// No reason given for reopening.
    #[error("请填写重新打开的原因,它会记入修改记录。")]
    NoReason,
    /// A name or reason longer than [`MAX_TEXT`] characters.
    #[error("填写的内容太长,请控制在 {MAX_TEXT} 字以内。")]
    TooLong,
}
