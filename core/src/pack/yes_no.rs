//! The values and labels of the fixed answer kinds (是/否 and 是/否/部分), spelled in one place:
//! the engine, the pack and overlay checks, the report texts, the filing form, prefills and the
//! radio group all read them from here.

use super::AnswerKind;

/// 是
pub const YES: &str = "yes";
/// 否
pub const NO: &str = "no";
/// 部分
pub const PARTIAL: &str = "partial";

/// Every fixed value with its Chinese label, in display order; `yes_no` uses the first two.
pub const YES_NO_PARTIAL: [(&str, &str); 3] = [(YES, "是"), (NO, "否"), (PARTIAL, "部分")];

/// The value of a yes/no fact.
pub fn yes_no(yes: bool) -> &'static str {
    if yes {
        YES
    } else {
        NO
    }
}

/// The Chinese label of a fixed value, `None` for any other value.
pub fn yes_no_label(value: &str) -> Option<&'static str> {
    YES_NO_PARTIAL
        .iter()
        .find(|(v, _)| *v == value)
        .map(|(_, label)| *label)
}

impl AnswerKind {
    /// The fixed values and labels of a 是/否 kind; `None` for every other kind.
    pub fn fixed_options(&self) -> Option<&'static [(&'static str, &'static str)]> {
        match self {
            AnswerKind::YesNo => Some(&YES_NO_PARTIAL[..2]),
            AnswerKind::YesNoPartial => Some(&YES_NO_PARTIAL),
            _ => None,
        }
    }

    /// The values a one-choice answer may take (是/否 kinds and single choice); `None` for
    /// multi-choice, number and date kinds.
    pub fn choice_values(&self) -> Option<Vec<&str>> {
        match self {
            AnswerKind::Single { options } => {
                Some(options.iter().map(|o| o.value.as_str()).collect())
            }
            kind => kind
                .fixed_options()
                .map(|fixed| fixed.iter().map(|(v, _)| *v).collect()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_kinds_allow_exactly_their_values() {
        assert_eq!(AnswerKind::YesNo.choice_values(), Some(vec!["yes", "no"]));
        assert_eq!(
            AnswerKind::YesNoPartial.choice_values(),
            Some(vec!["yes", "no", "partial"])
        );
        assert_eq!(yes_no_label("partial"), Some("部分"));
        assert_eq!(yes_no_label("maybe"), None);
        assert_eq!((yes_no(true), yes_no(false)), ("yes", "no"));
    }
}
