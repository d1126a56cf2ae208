//! The status of one row (符合 / 建议改进 / 红线 / 不适用 / 未作答) and its labels.

use crate::pack::Severity;

/// The judgement of one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// 符合: answered and no rule fires.
    Compliant,
    /// 建议改进: the worst firing rule is advisory.
    Advisory,
    /// 红线: a red line fires (and no exception lowers it).
    RedLine,
    /// 不适用: the unit answered 不适用 with a reason.
    NotApplicable,
    /// 未作答: no usable value yet.
    Unanswered,
    /// 无法判断: answered, but a date rule cannot be computed (no assessment date, or a date
    /// that cannot be right); counts as not yet done.
    Undetermined,
}

impl Status {
    /// Every status, in display order.
    pub const ALL: [Status; 6] = [
        Self::RedLine,
        Self::Advisory,
        Self::Compliant,
        Self::NotApplicable,
        Self::Undetermined,
        Self::Unanswered,
    ];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Compliant => "符合",
            Self::Advisory => "建议改进",
            Self::RedLine => "红线",
            Self::NotApplicable => "不适用",
            Self::Unanswered => "未作答",
            Self::Undetermined => "无法判断",
        }
    }

    /// Whether the row still needs the unit's attention before the check is complete.
    pub fn is_open(self) -> bool {
        matches!(self, Self::Unanswered | Self::Undetermined)
    }

    /// The severity of a problem status; `None` for the others.
    pub fn severity(self) -> Option<Severity> {
        match self {
            Self::Advisory => Some(Severity::Advisory),
            Self::RedLine => Some(Severity::RedLine),
            _ => None,
        }
    }

    pub(crate) fn of(severity: Severity) -> Self {
        match severity {
            Severity::Advisory => Self::Advisory,
            Severity::RedLine => Self::RedLine,
        }
    }
}
