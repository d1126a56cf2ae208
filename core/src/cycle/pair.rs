//! Which two self-checks a comparison is of: a stored draft or a file on either side, read
//! with the same checks as 打开文件, put in date order, and warned about when they look like
//! two different units. Nothing here stores anything.

use crate::import::{inspect_with, ImportError, PackItemsSnapshot};
use crate::model::Assessment;
use crate::pack::Pack;

/// Why a file cannot be one side of a comparison.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompareFileError {
    /// A whole-browser backup, not one self-check.
    #[error("这是一份完整备份(含 {0} 份草稿),不是单次自查的存档。请先在“打开文件”中恢复,再选择其中的草稿;或选择单次自查导出的 .json 文件。")]
    Backup(usize),
    /// Any other reason the import checks refuse it.
    #[error("{0}")]
    Refused(ImportError),
}

/// The assessment in saved-file `bytes`, checked as 打开文件 checks it.
pub fn open_for_compare(
    bytes: &[u8],
    pack: &Pack,
    history: &[PackItemsSnapshot],
) -> Result<Assessment, CompareFileError> {
    match inspect_with(bytes, pack, history) {
        Ok(p) => Ok(p.file.into_assessment()),
        Err(ImportError::IsBackup { drafts }) => Err(CompareFileError::Backup(drafts)),
        Err(e) => Err(CompareFileError::Refused(e)),
    }
}

/// What the page says about a chosen pair before comparing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PairNote {
    /// The same check on both sides.
    SameCheck,
    /// The earlier side is dated after the later one: they were swapped.
    Swapped,
    /// Different unit names and no link between the two checks.
    OtherUnit {
        /// Unit of the earlier check.
        before: String,
        /// Unit of the later check.
        after: String,
    },
}

impl PairNote {
    /// The note in Chinese.
    pub fn message(&self) -> String {
        match self {
            Self::SameCheck => "两边是同一次自查(同一草稿),对比不会有变化。".to_string(),
            Self::Swapped => "两次自查按日期先后排列:较早的一次放在“前一次”。".to_string(),
            Self::OtherUnit { before, after } => format!(
                "两次自查的单位名称不同(“{before}”与“{after}”),它们之间也没有“另起一次自查”的关联。对比仍可进行,但请确认这是同一单位。"
            ),
        }
    }
}

/// Puts `a` and `b` in date order (earlier first) and notes what the unit should know.
pub fn order_pair(a: Assessment, b: Assessment) -> (Assessment, Assessment, Vec<PairNote>) {
    let mut notes = Vec::new();
    let (before, after) = match a.profile.date > b.profile.date && !b.profile.date.is_empty() {
        true => {
            notes.push(PairNote::Swapped);
            (b, a)
        }
        false => (a, b),
    };
    if before.id == after.id && before.profile.date == after.profile.date {
        notes.push(PairNote::SameCheck);
    }
    let linked = after
        .predecessor
        .as_ref()
        .is_some_and(|p| p.id == before.id)
        || before.id == after.id;
    if !linked && before.profile.name.trim() != after.profile.name.trim() {
        notes.push(PairNote::OtherUnit {
            before: before.profile.name.clone(),
            after: after.profile.name.clone(),
        });
    }
    (before, after, notes)
}
