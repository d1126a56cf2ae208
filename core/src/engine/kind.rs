//! Whether an answer value fits an item's answer kind; shared by judging (misfits count as
//! unanswered) and save-file validation (misfits are reported to the user).

use crate::date::days_from_iso;
use crate::model::AnswerValue;
use crate::pack::AnswerKind;

/// Chinese name of an answer kind, for messages.
pub fn kind_label(kind: &AnswerKind) -> &'static str {
    match kind {
        AnswerKind::YesNo => "是/否",
        AnswerKind::YesNoPartial => "是/否/部分",
        AnswerKind::Number { .. } => "数字",
        AnswerKind::Single { .. } => "单选",
        AnswerKind::Multi { .. } => "多选",
        AnswerKind::Date { .. } => "日期",
    }
}

/// Chinese name of the kind of a value, for messages.
pub fn value_label(value: &AnswerValue) -> &'static str {
    match value {
        AnswerValue::Choice(_) => "选项",
        AnswerValue::Multi(_) => "多选",
        AnswerValue::Number(_) => "数字",
        AnswerValue::Date(_) => "日期",
        AnswerValue::Never => "从未",
        AnswerValue::NotApplicable(_) => "不适用",
    }
}

/// What is wrong with `value` as an answer of `kind`, in Chinese; `None` when it fits.
/// 不适用 fits every kind.
pub fn value_problem(kind: &AnswerKind, value: &AnswerValue) -> Option<String> {
    let choice_in = |v: &str, found: bool| {
        if found {
            None
        } else {
            Some(format!("“{v}”不是该题的选项"))
        }
    };
    match (kind, value) {
        (_, AnswerValue::NotApplicable(_)) => None,
        (AnswerKind::YesNo | AnswerKind::YesNoPartial, AnswerValue::Choice(v)) => {
            let fixed = kind.fixed_options().unwrap_or_default();
            choice_in(v, fixed.iter().any(|(value, _)| value == v))
        }
        (AnswerKind::Single { options }, AnswerValue::Choice(v)) => {
            choice_in(v, options.iter().any(|o| &o.value == v))
        }
        (AnswerKind::Multi { options }, AnswerValue::Multi(values)) => values
            .iter()
            .find(|v| !options.iter().any(|o| &o.value == *v))
            .map(|v| format!("“{v}”不是该题的选项")),
        (AnswerKind::Number { .. }, AnswerValue::Number(n)) => {
            if n.is_finite() && *n >= 0.0 {
                None
            } else {
                Some(format!("数字 {n} 无效,应为非负数"))
            }
        }
        (AnswerKind::Date { .. }, AnswerValue::Date(d)) => match days_from_iso(d) {
            Some(_) => None,
            None => Some(format!("“{d}”不是有效日期(应为 YYYY-MM-DD)")),
        },
        (
            AnswerKind::Date {
                allow_never: true, ..
            },
            AnswerValue::Never,
        ) => None,
        (
            AnswerKind::Date {
                allow_never: false, ..
            },
            AnswerValue::Never,
        ) => Some("该题不接受“从未”".to_string()),
        (kind, value) => Some(format!(
            "答案类型不符:应为{},实为{}",
            kind_label(kind),
            value_label(value)
        )),
    }
}
