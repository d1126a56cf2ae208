//! Whether a claimed exception (安保/应急, 确有业务必要) may lower a red line: only when every
//! restricted function the answer involves has a complete, current justification card.

use std::collections::BTreeMap;

use crate::date::days_from_iso;
use crate::model::{Answer, AnswerValue, Justification, JustificationField};
use crate::pack::{ChoiceOption, Exception};

/// An exception claim as the judge sees it: whether it is claimed, and the cards written.
#[derive(Debug, Clone, Copy, Default)]
pub struct Claim<'a> {
    /// The unit ticked the exception.
    pub claimed: bool,
    /// Justification cards by function value.
    pub cards: Option<&'a BTreeMap<String, Justification>>,
}

impl<'a> Claim<'a> {
    /// No claim.
    pub const NONE: Claim<'static> = Claim {
        claimed: false,
        cards: None,
    };

    /// The claim recorded in `answer`.
    pub fn of(answer: Option<&'a Answer>) -> Self {
        match answer {
            Some(a) => Claim {
                claimed: a.exception,
                cards: Some(&a.justifications),
            },
            None => Claim::NONE,
        }
    }

    fn card(&self, function: &str) -> Option<&'a Justification> {
        self.cards.and_then(|c| c.get(function))
    }
}

/// What a claim does to a red line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExceptionOutcome {
    /// No exception claimed: the red line stands, nothing to say.
    NotClaimed,
    /// Claimed and every card complete: the red line is lowered.
    Justified,
    /// Claimed, but cards are missing or incomplete: the red line stands, for these reasons.
    Incomplete(Vec<String>),
}

/// The restricted functions `value` involves: the selected options that are functions of the
/// exception for a multi-choice answer, otherwise every function of the exception.
pub fn involved_functions<'e>(
    exception: &'e Exception,
    value: &AnswerValue,
) -> Vec<&'e ChoiceOption> {
    match value {
        AnswerValue::Multi(selected) => exception
            .functions
            .iter()
            .filter(|f| selected.contains(&f.value))
            .collect(),
        _ => exception.functions.iter().collect(),
    }
}

/// What is wrong with one card as written, in Chinese: blank fields, dates that are not dates,
/// a start after the end. Empty when it is complete, whatever the assessment date.
pub fn card_gaps(exception: &Exception, card: Option<&Justification>) -> Vec<String> {
    let blank = Justification::default();
    let card = card.unwrap_or(&blank);
    let missing: Vec<&str> = exception
        .fields
        .iter()
        .filter(|f| card.get(**f).trim().is_empty())
        .map(|f| f.label())
        .collect();
    let mut out = Vec::new();
    if !missing.is_empty() {
        out.push(format!("缺少{}", missing.join("、")));
    }
    let (start, end) = (
        card_date(card, JustificationField::Start),
        card_date(card, JustificationField::End),
    );
    for (field, parsed) in [
        (JustificationField::Start, start),
        (JustificationField::End, end),
    ] {
        if let Some((text, None)) = parsed {
            out.push(format!("{}“{text}”不是有效日期", field.label()));
        }
    }
    if let (Some((_, Some(s))), Some((_, Some(e)))) = (start, end) {
        if s > e {
            out.push("起始日期晚于截止日期".to_string());
        }
    }
    out
}

/// What is wrong with one card, in Chinese: its [`card_gaps`], and an end date before `today`
/// (or no assessment date to check it against). Empty when the card lowers the red line.
pub fn card_problems(
    exception: &Exception,
    card: Option<&Justification>,
    today: Option<i64>,
) -> Vec<String> {
    let mut out = card_gaps(exception, card);
    if let Some((text, Some(e))) = card.and_then(|c| card_date(c, JustificationField::End)) {
        match today {
            Some(t) if e < t => out.push(format!("期限已于 {text} 届满")),
            None => out.push("未填写自查日期,无法核对期限是否届满".to_string()),
            Some(_) => {}
        }
    }
    out
}

/// A non-blank date field of `card` as (text, parsed day).
fn card_date(card: &Justification, field: JustificationField) -> Option<(&str, Option<i64>)> {
    let text = card.get(field).trim();
    (!text.is_empty()).then(|| (text, days_from_iso(text)))
}

/// Whether `claim` lowers the red line fired by `value` on an item with `exception`.
pub fn exception_outcome(
    exception: &Exception,
    value: &AnswerValue,
    claim: Claim<'_>,
    today: Option<i64>,
) -> ExceptionOutcome {
    if !claim.claimed {
        return ExceptionOutcome::NotClaimed;
    }
    let problems: Vec<String> = involved_functions(exception, value)
        .into_iter()
        .filter_map(|f| {
            let card = claim.card(&f.value);
            if card.is_none_or(Justification::is_empty) {
                return Some(format!("{}:未填写例外说明", f.label));
            }
            let p = card_problems(exception, card, today);
            (!p.is_empty()).then(|| format!("{}:例外说明{}", f.label, p.join(",")))
        })
        .collect();
    if problems.is_empty() {
        ExceptionOutcome::Justified
    } else {
        ExceptionOutcome::Incomplete(problems)
    }
}
