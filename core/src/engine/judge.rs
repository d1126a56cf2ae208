//! Judging one effective answer against an item's rules: which rules fire, the worst severity,
//! and the documented exception that lowers a red line to an advisory.

use std::collections::{BTreeMap, HashMap};

use super::kind::value_problem;
use super::status::Status;
use super::target::{filter_matches, AssetRef};
use crate::date::days_from_iso;
use crate::model::{AnswerValue, UnitProfile};
use crate::pack::{Condition, Item, Pack, Severity, Threshold};

/// Parameter values in force: the assessment's overrides over the pack's defaults.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Params(HashMap<String, f64>);

impl Params {
    /// Pack defaults, overridden by `overrides` (usually `assessment.parameters`).
    pub fn new(pack: &Pack, overrides: &BTreeMap<String, f64>) -> Self {
        let mut map: HashMap<String, f64> = pack
            .parameters
            .iter()
            .map(|p| (p.id.clone(), p.default))
            .collect();
        map.extend(overrides.iter().map(|(k, v)| (k.clone(), *v)));
        Params(map)
    }

    /// The value of parameter `id`.
    pub fn get(&self, id: &str) -> Option<f64> {
        self.0.get(id).copied()
    }

    fn resolve(&self, threshold: &Threshold) -> Option<f64> {
        match threshold {
            Threshold::Value(v) => Some(*v),
            Threshold::Param(id) => self.get(id),
        }
    }
}

/// What a judgement needs besides the item and the value: the unit, its date and the parameters.
#[derive(Debug, Clone, Copy)]
pub struct JudgeContext<'a> {
    /// The unit's profile (for `only` filters on level and supervision).
    pub profile: &'a UnitProfile,
    /// The profile date as days since 1970, `None` when invalid (date rules then never fire).
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
}

impl Judgement {
    fn plain(status: Status) -> Self {
        Judgement {
            status,
            reasons: Vec::new(),
            exception_applied: false,
        }
    }
}

/// Judges `value` for `item` on `asset`. No value, or a value that does not fit the item's answer
/// kind, is unanswered; rules whose `only` filter rejects the asset are skipped; the worst firing
/// rule decides; a claimed exception (when the item has one) lowers a red line to an advisory.
pub fn judge(
    item: &Item,
    asset: AssetRef<'_>,
    value: Option<&AnswerValue>,
    exception_claimed: bool,
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
    let mut worst: Option<Severity> = None;
    let mut reasons = Vec::new();
    for rule in &item.rules {
        if filter_matches(&rule.only, ctx.profile, asset) && fires(&rule.condition, value, ctx) {
            worst = worst.max(Some(rule.then));
            reasons.push(rule.reason.clone());
        }
    }
    let Some(mut severity) = worst else {
        return Judgement::plain(Status::Compliant);
    };
    let mut exception_applied = false;
    if let (true, Severity::RedLine, Some(exception)) =
        (exception_claimed, severity, item.exception.as_ref())
    {
        severity = Severity::Advisory;
        exception_applied = true;
        reasons.push(format!("已声明例外“{}”,红线降为建议", exception.label));
    }
    Judgement {
        status: Status::of(severity),
        reasons,
        exception_applied,
    }
}

/// Whether `condition` holds for `value`; a condition of another kind than the value never holds.
fn fires(condition: &Condition, value: &AnswerValue, ctx: &JudgeContext<'_>) -> bool {
    let threshold = |t: &Threshold| ctx.params.resolve(t);
    match (condition, value) {
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
                _ => false,
            }
        }
        _ => false,
    }
}
