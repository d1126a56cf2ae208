//! A unit's answer to one item for one asset, with notes, evidence and rectification fields.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{AssetId, ItemId};

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
    /// 已销号: the unit confirmed the problem is gone and closed the row (who and when are in
    /// the ledger history, see `cycle::history`).
    Closed,
}

impl RectStatus {
    /// Every status, in display order.
    pub const ALL: [RectStatus; 4] = [Self::Open, Self::InProgress, Self::Done, Self::Closed];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Open => "待整改",
            Self::InProgress => "整改中",
            Self::Done => "已完成",
            Self::Closed => "已销号",
        }
    }
}

/// One field of an exception's justification card (例外说明).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JustificationField {
    /// 设置原因
    Reason,
    /// 依据文件名称
    Document,
    /// 依据条款
    Clause,
    /// 适用人群
    Audience,
    /// 起始日期
    Start,
    /// 截止日期
    End,
}

impl JustificationField {
    /// Every field, in the order the card shows them.
    pub const ALL: [JustificationField; 6] = [
        Self::Reason,
        Self::Document,
        Self::Clause,
        Self::Audience,
        Self::Start,
        Self::End,
    ];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Reason => "设置原因",
            Self::Document => "依据文件",
            Self::Clause => "依据条款",
            Self::Audience => "适用人群",
            Self::Start => "起始日期",
            Self::End => "截止日期",
        }
    }

    /// Whether the field holds a date `YYYY-MM-DD`.
    pub fn is_date(self) -> bool {
        matches!(self, Self::Start | Self::End)
    }
}

/// The justification of one claimed exception for one restricted function: why it is set,
/// which provision allows it, for whom and for how long. The filing form's 功能设置情况 row
/// prints it; the engine lowers a red line only when it is complete (see `engine::exception`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Justification {
    /// 设置原因
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// 依据文件名称, e.g. a 安保 or 应急 provision.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub document: String,
    /// 依据条款 within that document.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub clause: String,
    /// 适用人群
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub audience: String,
    /// 起始日期 `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub start: String,
    /// 截止日期 `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub end: String,
}

impl Justification {
    /// The text of `field`.
    pub fn get(&self, field: JustificationField) -> &str {
        match field {
            JustificationField::Reason => &self.reason,
            JustificationField::Document => &self.document,
            JustificationField::Clause => &self.clause,
            JustificationField::Audience => &self.audience,
            JustificationField::Start => &self.start,
            JustificationField::End => &self.end,
        }
    }

    /// Sets `field` to `value`.
    pub fn set(&mut self, field: JustificationField, value: String) {
        let slot = match field {
            JustificationField::Reason => &mut self.reason,
            JustificationField::Document => &mut self.document,
            JustificationField::Clause => &mut self.clause,
            JustificationField::Audience => &mut self.audience,
            JustificationField::Start => &mut self.start,
            JustificationField::End => &mut self.end,
        };
        *slot = value;
    }

    /// Whether every field is blank.
    pub fn is_empty(&self) -> bool {
        JustificationField::ALL
            .iter()
            .all(|f| self.get(*f).trim().is_empty())
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
    /// The justification card of each restricted function the exception is claimed for,
    /// keyed by the function's value in the pack (e.g. `checkin`); kept when the claim is
    /// withdrawn, so ticking it again brings the card back.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub justifications: BTreeMap<String, Justification>,
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
    /// 待复核 / 待确认: the value is shown but not counted as answered until the unit confirms
    /// it (carried over from the previous self-check, or an asset-aware default). The engine
    /// judges the row as unanswered while this is set; see `cycle::provisional`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub provisional: bool,
    /// Set on a provisional answer that is an asset-aware default (待确认) rather than one
    /// carried from the previous self-check (待复核): how many of the unit's other assets of the
    /// kind gave this value, of how many answered. Cleared with the flag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested: Option<Suggested>,
}

/// Why an asset-aware default was offered: `agreeing` of the `answered` other assets of the
/// same kind gave this answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggested {
    /// Other assets with this answer.
    pub agreeing: usize,
    /// Other assets answered.
    pub answered: usize,
}

impl Answer {
    /// An answer holding just a value.
    pub fn of(value: AnswerValue) -> Self {
        Answer {
            value: Some(value),
            exception: false,
            justifications: BTreeMap::new(),
            note: String::new(),
            evidence: Vec::new(),
            owner: String::new(),
            deadline: String::new(),
            measure: None,
            status: RectStatus::Open,
            provisional: false,
            suggested: None,
        }
    }

    /// Shorthand for a choice answer such as `yes`, `no`, `partial`.
    pub fn choice(value: &str) -> Self {
        Self::of(AnswerValue::Choice(value.to_string()))
    }
}

/// An answer with its key, as saved in files (read by `answer_record.rs`, without `flatten`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerRecord {
    /// Item id.
    pub item: ItemId,
    /// Asset id, or `unit`.
    pub asset: AssetId,
    /// The answer.
    #[serde(flatten)]
    pub answer: Answer,
}
