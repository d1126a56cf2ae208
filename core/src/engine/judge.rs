//! Judging one effective answer against an item's rules: which rules fire, the worst severity,
//! dates that cannot be judged, the thresholds used, and the documented exception that lowers a
//! red line to an advisory once justified.

use super::exception::{exception_outcome, Claim, ExceptionOutcome};
use super::kind::value_problem;
use super::params::Params;
use super::status::Status;
use super::target::{filter_matches, AssetRef};
use crate::date::days_from_iso;
use crate::model::{AnswerValue, UnitProfile};
use crate::pack::{AnswerKind, Condition, Item, Severity, Threshold};

/// What a judgement needs besides the item and the value: the unit, its date and the parameters.
#[derive(Debug, Clone, Copy)]
pub struct JudgeContext<'a> {
    /// The unit's profile (for `only` filters on level and supervision).
    pub profile: &'a UnitProfile,
    /// The profile date as days since 1970, `None` when missing or invalid (date rules then
    /// cannot pass: their rows are 无法判断).
    pub today: Option<i64>,
    /// Parameters in force.
    pub params: &'a Params,
}

impl<'a> JudgeContext<'a> {
    /// A context for `profile`, parsing its date once.
    pub fn new(profile: &'a UnitProfile, params: &'a Params) -> Self {
        JudgeContext {
            profile,
            today: days_from_iso(&profile.date),
            params,
        }
    }
}

/// The outcome for one row.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    /// The status.
    pub status: Status,
    /// Why, in Chinese: the reasons of every firing rule, the exception, or the 不适用 reason.
    pub reasons: Vec<String>,
    /// Whether a claimed exception lowered a red line to an advisory.
    pub exception_applied: bool,
    /// "判定阈值:…" for every parameter the row's rules used: the figure in force and its source.
    pub thresholds: Vec<String>,
}

impl Judgement {
    fn plain(status: Status) -> Self {
        Judgement {
            status,
            reasons: Vec::new(),
            exception_applied: false,
            thresholds: Vec::new(),
        }
    }

    fn undetermined(reason: String) -> Self {
        Judgement {
            reasons: vec![reason],
            ..Judgement::plain(Status::Undetermined)
        }
    }
}

/// Where to fix a missing assessment date.
pub const MISSING_DATE_REASON: &str =
    "无法判断:未填写有效的自查日期,日期类规则无法计算(请到“单位信息”填写自查日期)";

/// Judges `value` for `item` on `asset`. No value, or a value that does not fit the item's answer
/// kind, is unanswered; rules whose `only` filter rejects the asset are skipped; the worst firing
/// rule decides; a date rule that cannot be computed (no assessment date, a date after it or
/// before the account was opened) makes the row 无法判断 unless a red line fires anyway; a
/// claimed exception lowers a red line to an advisory only when its justification is complete.
pub fn judge(
    item: &Item,
    asset: AssetRef<'_>,
    value: Option<&AnswerValue>,
    claim: Claim<'_>,
    ctx: &JudgeContext<'_>,
) -> Judgement {
    let Some(value) = value else {
        return Judgement::plain(Status::Unanswered);
    };
    if let AnswerValue::NotApplicable(reason) = value {
        let mut j = Judgement::plain(Status::NotApplicable);
        if !reason.trim().is_empty() {
            j.reasons.push(format!("不适用:{}", reason.trim()));
        }
        return j;
    }
    if value_problem(&item.answer, value).is_some() {
        return Judgement::plain(Status::Unanswered);
    }
    if let Some(problem) = implausible_date(item, asset, value, ctx) {
        return Judgement::undetermined(problem);
    }
    let mut worst: Option<Severity> = None;
    let mut reasons = Vec::new();
    let mut thresholds = Vec::new();
    let mut unknown = false;
    for rule in &item.rules {
        if !filter_matches(&rule.only, ctx.profile, asset) {
            continue;
        }
        if let Some(note) = rule_param(&rule.condition).and_then(|id| ctx.params.note(id)) {
            if !thresholds.iter().any(|t| t == note) {
                thresholds.push(note.to_string());
            }
        }
        match fires(&rule.condition, value, ctx) {
            Some(true) => {
                worst = worst.max(Some(rule.then));
                reasons.push(rule.reason.clone());
            }
            Some(false) => {}
            None => unknown = true,
        }
    }
    if unknown && worst != Some(Severity::RedLine) {
        let mut j = Judgement::undetermined(MISSING_DATE_REASON.to_string());
        j.thresholds = thresholds;
        return j;
    }
    let Some(mut severity) = worst else {
        let mut j = Judgement::plain(Status::Compliant);
        j.thresholds = thresholds;
        return j;
    };
    let mut exception_applied = false;
    if let (Severity::RedLine, Some(exception)) = (severity, item.exception.as_ref()) {
        match exception_outcome(exception, value, claim, ctx.today) {
            ExceptionOutcome::NotClaimed => {}
            ExceptionOutcome::Justified => {
                severity = Severity::Advisory;
                exception_applied = true;
                reasons.push(format!(
                    "已声明例外“{}”,例外说明完整,红线降为建议",
                    exception.label
                ));
            }
            ExceptionOutcome::Incomplete(problems) => reasons.push(format!(
                "已声明例外,但例外说明不完整,红线不降级:{}",
                problems.join(";")
            )),
        }
    }
    Judgement {
        status: Status::of(severity),
        reasons,
        exception_applied,
        thresholds,
    }
}

/// The parameter a condition compares against, if any.
fn rule_param(condition: &Condition) -> Option<&str> {
    match condition {
        Condition::Above { than }
        | Condition::Below { than }
        | Condition::OlderThanDays { than } => match than {
            Threshold::Param(id) => Some(id),
            Threshold::Value(_) => None,
        },
        _ => None,
    }
}

/// Why a date answer cannot be right: after the assessment date (for events that must have
/// happened), or before the account it is about was opened.
fn implausible_date(
    item: &Item,
    asset: AssetRef<'_>,
    value: &AnswerValue,
    ctx: &JudgeContext<'_>,
) -> Option<String> {
    let (AnswerKind::Date { allow_future, .. }, AnswerValue::Date(text)) = (&item.answer, value)
    else {
        return None;
    };
    let day = days_from_iso(text)?;
    if let (false, Some(today)) = (*allow_future, ctx.today) {
        if day > today {
            return Some(format!(
                "无法判断:日期 {} 晚于自查日期 {},请核对",
                text.trim(),
                ctx.profile.date.trim()
            ));
        }
    }
    if let AssetRef::Account(account) = asset {
        if let Some(opened) = days_from_iso(&account.opened) {
            if day < opened {
                return Some(format!(
                    "无法判断:日期 {} 早于该账号的开通日期 {},请核对",
                    text.trim(),
                    account.opened.trim()
                ));
            }
        }
    }
    None
}

/// Whether `condition` holds for `value`; `None` when it cannot be computed (a date rule
/// without an assessment date). A condition of another kind than the value never holds.
fn fires(condition: &Condition, value: &AnswerValue, ctx: &JudgeContext<'_>) -> Option<bool> {
    let threshold = |t: &Threshold| ctx.params.resolve(t);
    let holds = match (condition, value) {
        (Condition::Is { values }, AnswerValue::Choice(v)) => values.contains(v),
        (Condition::AnyOf { values }, AnswerValue::Multi(sel)) => {
            sel.iter().any(|s| values.contains(s))
        }
        (Condition::Lacks { values }, AnswerValue::Multi(sel)) => {
            values.iter().any(|v| !sel.contains(v))
        }
        (Condition::Above { than }, AnswerValue::Number(n)) => {
            threshold(than).is_some_and(|t| *n > t)
        }
        (Condition::Below { than }, AnswerValue::Number(n)) => {
            threshold(than).is_some_and(|t| *n < t)
        }
        (Condition::Never, AnswerValue::Never) => true,
        (Condition::OlderThanDays { than }, AnswerValue::Date(d)) => {
            match (ctx.today, days_from_iso(d), threshold(than)) {
                (Some(today), Some(day), Some(t)) => ((today - day) as f64) > t,
                (None, _, _) => return None,
                _ => false,
            }
        }
        _ => false,
    };
    Some(holds)
}
