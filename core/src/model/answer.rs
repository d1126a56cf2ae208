//! A unit's answer to one item for one asset, with notes, evidence and rectification fields.

use serde::{Deserialize, Serialize};

/// The id of the asset an answer is about; [`AssetId::UNIT`] for unit-level items.
pub type AssetId = String;

/// The asset id used for unit-level items.
pub const UNIT_ASSET: &str = "unit";

/// The value given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum AnswerValue {
    /// yes / no / partial, or a single-choice option value.
    Choice(String),
    /// Selected option values of a multi-choice item.
    Multi(Vec<String>),
    /// A number.
    Number(f64),
    /// A date `YYYY-MM-DD`.
    Date(String),
    /// 从未 for a date item that allows it.
    Never,
    /// 不适用, with the unit's short reason.
    NotApplicable(String),
}

/// Progress of a rectification.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RectStatus {
    /// 待整改
    #[default]
    Open,
    /// 整改中
    InProgress,
    /// 已完成
    Done,
}

impl RectStatus {
    /// Every status, in display order.
    pub const ALL: [RectStatus; 3] = [Self::Open, Self::InProgress, Self::Done];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Open => "待整改",
            Self::InProgress => "整改中",
            Self::Done => "已完成",
        }
    }
}

/// One answer with everything the unit wrote around it; the default has no value yet.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// The value; `None` while only notes or evidence were filled in.
    #[serde(default)]
    pub value: Option<AnswerValue>,
    /// Whether the unit claims the item's documented exception.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub exception: bool,
    /// Free notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Indexes of the item's evidence list the unit can show.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<usize>,
    /// Person responsible for fixing a problem.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// Deadline for fixing a problem, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub deadline: String,
    /// Rectification measure if the unit edited the prefilled remedy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    /// Rectification progress.
    #[serde(default)]
    pub status: RectStatus,
}

impl Answer {
    /// An answer holding just a value.
    pub fn of(value: AnswerValue) -> Self {
        Answer {
            value: Some(value),
            exception: false,
            note: String::new(),
            evidence: Vec::new(),
            owner: String::new(),
            deadline: String::new(),
            measure: None,
            status: RectStatus::Open,
        }
    }

    /// Shorthand for a choice answer such as `yes`, `no`, `partial`.
    pub fn choice(value: &str) -> Self {
        Self::of(AnswerValue::Choice(value.to_string()))
    }
}

/// An answer with its key, as saved in files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerRecord {
    /// Item id.
    pub item: String,
    /// Asset id, or `unit`.
    pub asset: AssetId,
    /// The answer.
    #[serde(flatten)]
    pub answer: Answer,
}
