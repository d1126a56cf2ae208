//! The answer and rule vocabulary of items: answer kinds, conditions, thresholds, severities,
//! exceptions and prefill sources — how an answer becomes compliant, advisory or red line.

use serde::{Deserialize, Serialize};

use super::model::{BasisRef, Filter};
use crate::model::JustificationField;

/// One choice of a choice question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChoiceOption {
    /// Stable value saved in answers.
    pub value: String,
    /// Label shown to users.
    pub label: String,
}

/// The kind of answer an item takes, and so which input control renders it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AnswerKind {
    /// 是 / 否 (values `yes`, `no`).
    YesNo,
    /// 是 / 否 / 部分 (values `yes`, `no`, `partial`).
    YesNoPartial,
    /// A non-negative number.
    Number {
        /// Unit shown beside the input, e.g. 个 or %.
        unit: String,
    },
    /// One of several options.
    Single {
        /// The options.
        options: Vec<ChoiceOption>,
    },
    /// Any of several options.
    Multi {
        /// The options.
        options: Vec<ChoiceOption>,
    },
    /// A calendar date, or "never" when `allow_never`.
    Date {
        /// Whether 从未 is a valid answer.
        #[serde(default)]
        allow_never: bool,
        /// Whether a date after the assessment date is plausible (a planned end date);
        /// otherwise such a date is flagged as 无法判断.
        #[serde(default)]
        allow_future: bool,
    },
}

/// The judgement one rule gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// 建议: an improvement.
    Advisory,
    /// 红线: a violation to fix now, or a filing blocker.
    RedLine,
}

impl Severity {
    /// The tag users see.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Advisory => "建议",
            Severity::RedLine => "红线",
        }
    }
}

/// A number a rule compares against: a literal or a pack parameter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Threshold {
    /// A fixed number written in the pack.
    Value(f64),
    /// The id of a [`Parameter`].
    Param(String),
}

/// When a rule fires.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "when", rename_all = "snake_case")]
pub enum Condition {
    /// The chosen value (yes/no/partial/single) is one of `values`.
    Is {
        /// Matching values.
        values: Vec<String>,
    },
    /// A multi-choice answer selected any of `values`.
    AnyOf {
        /// Matching values.
        values: Vec<String>,
    },
    /// A multi-choice answer lacks any of `values`.
    Lacks {
        /// Required values.
        values: Vec<String>,
    },
    /// A number strictly above the threshold.
    Above {
        /// Threshold.
        than: Threshold,
    },
    /// A number strictly below the threshold.
    Below {
        /// Threshold.
        than: Threshold,
    },
    /// A date answer of 从未.
    Never,
    /// A date more than the threshold's days before the assessment date.
    OlderThanDays {
        /// Threshold in days.
        than: Threshold,
    },
}

/// A rule: a condition, the severity it yields, optionally only for some assets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rule {
    /// When it fires.
    #[serde(flatten)]
    pub condition: Condition,
    /// What it yields.
    pub then: Severity,
    /// The rule applies only to assets matching this filter (e.g. red only for planned apps).
    #[serde(default)]
    pub only: Filter,
    /// Why, in Chinese, shown with the finding.
    pub reason: String,
}

/// A documented exception (e.g. 安保/应急) that lowers a red line to an advisory when claimed
/// and justified: one justification card per restricted function, every field filled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exception {
    /// What the unit claims, e.g. 属于安保、应急等特殊场景且有明确规定依据.
    pub label: String,
    /// The basis for the exception.
    pub basis: BasisRef,
    /// The restricted functions a claim is made for. For a multi-choice item their values are
    /// option values (a card is needed for each one selected); otherwise one function that
    /// stands for the whole answer.
    pub functions: Vec<ChoiceOption>,
    /// The fields every card must have filled before the red line is lowered.
    pub fields: Vec<JustificationField>,
}

/// Where an answer may be taken from when the unit has not answered explicitly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Prefill {
    /// An account's last update date from the inventory.
    AccountLastUpdate,
    /// A group's "task ended" flag from the inventory (yes/no).
    GroupTaskEnded,
    /// An app's filing status from the inventory (single choice with filing status values).
    AppFilingStatus,
    /// A temporary group's task end date from the inventory.
    GroupTaskEnd,
    /// The largest number of the unit's accounts on one platform.
    MaxAccountsPerPlatform,
}
