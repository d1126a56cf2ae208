//! One problem found in a saved file: its kind, the field it concerns and a Chinese message.

/// What kind of problem a [`ValidationIssue`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IssueKind {
    /// The file was answered against another pack.
    OtherPack,
    /// An answer names an item the pack does not have.
    UnknownItem,
    /// An answer names an asset that is not in the inventory.
    UnknownAsset,
    /// An answer is for an asset of a kind the item is not asked of.
    AssetOutOfScope,
    /// Two inventory entries share an id, or an id is empty or the reserved `unit`.
    DuplicateAsset,
    /// Two answers share an (item, asset) key.
    DuplicateAnswer,
    /// A value does not fit the item's answer kind, or an evidence index is out of range.
    WrongKind,
    /// A date field that is not a valid `YYYY-MM-DD`.
    InvalidDate,
    /// `created` or `updated` is not a valid full timestamp (e.g. `2026-02-30T25:61:61Z`, or a
    /// date alone); the import stamps the time of import instead.
    InvalidTimestamp,
    /// A parameter override the pack does not define, or a negative or infinite value.
    UnknownParameter,
    /// The assessment date is missing: date rules cannot be judged.
    MissingDate,
    /// A date that cannot be right: after the assessment date, or before the account opened.
    ImplausibleDate,
}

impl IssueKind {
    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::OtherPack => "问卷不同",
            Self::UnknownItem => "未知题目",
            Self::UnknownAsset => "未知对象",
            Self::AssetOutOfScope => "对象类型不符",
            Self::DuplicateAsset => "对象编号重复",
            Self::DuplicateAnswer => "答案重复",
            Self::WrongKind => "答案无效",
            Self::InvalidDate => "日期无效",
            Self::InvalidTimestamp => "时间无效",
            Self::UnknownParameter => "参数无效",
            Self::MissingDate => "缺少自查日期",
            Self::ImplausibleDate => "日期存疑",
        }
    }
}

/// One problem found in a saved file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationIssue {
    /// What kind of problem.
    pub kind: IssueKind,
    /// The field, as a path in the file, e.g. `assessment.answers[3].value`.
    pub field: String,
    /// What is wrong, in Chinese, naming the field.
    pub message: String,
}
