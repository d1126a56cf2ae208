//! The per-part checks behind [`check_pack`](super::check_pack): one citation, one exception,
//! one rule against its answer kind, one prefill against its item.

use std::collections::HashSet;

use super::model::*;
use super::rules::*;
use crate::model::JustificationField;

/// What is wrong with one citation: an unknown document, no kinds named, a kind the document
/// does not cover, or (for items) a kind the item is not asked of.
pub(super) fn basis_problems(
    pack: &Pack,
    b: &BasisRef,
    item_scope: Option<&[Scope]>,
) -> Vec<String> {
    let mut out = Vec::new();
    let Some(doc) = pack.document(&b.document) else {
        out.push(format!("basis names unknown document {}", b.document));
        return out;
    };
    if b.kinds.is_empty() {
        out.push(format!("basis {} {} names no kinds", b.document, b.clause));
    }
    for k in &b.kinds {
        if !doc.covers.contains(k) {
            out.push(format!(
                "basis {} ({:?}) cited for {k:?}, which the document does not cover",
                b.document, b.confidence
            ));
        }
        if item_scope.is_some_and(|scope| !scope.contains(k)) {
            out.push(format!(
                "basis {} cited for {k:?}, which the item is not asked of",
                b.document
            ));
        }
    }
    out
}

/// What is wrong with an exception: no functions, functions that are not the item's options,
/// or a justification that does not ask for every field.
pub(super) fn exception_problems(item: &Item, e: &Exception) -> Vec<String> {
    let mut out = Vec::new();
    if e.functions.is_empty() {
        out.push("an exception names no restricted function".to_string());
    }
    if let AnswerKind::Multi { options } = &item.answer {
        for f in &e.functions {
            if !options.iter().any(|o| o.value == f.value) {
                out.push(format!("exception function {} is not an option", f.value));
            }
        }
    } else if e.functions.len() > 1 {
        out.push("an exception on a non-multi item has one function".to_string());
    }
    for field in JustificationField::ALL {
        if !e.fields.contains(&field) {
            out.push(format!("exception justification lacks the field {field:?}"));
        }
    }
    out
}

/// What is wrong with a rule's condition for an answer of `kind`: values that are not options,
/// a condition of another answer kind, an unknown parameter.
pub(super) fn rule_problems(
    kind: &AnswerKind,
    cond: &Condition,
    params: &HashSet<&str>,
) -> Vec<String> {
    let mut out = Vec::new();
    let threshold_ok = |t: &Threshold| match t {
        Threshold::Value(_) => true,
        Threshold::Param(p) => params.contains(p.as_str()),
    };
    let choice_values = kind.choice_values();
    match (cond, kind) {
        (Condition::Is { values }, _) => match &choice_values {
            Some(allowed) => {
                for v in values.iter().filter(|v| !allowed.contains(&v.as_str())) {
                    out.push(format!("rule value {v} is not an option"));
                }
            }
            None => out.push("`is` needs a choice answer".into()),
        },
        (
            Condition::AnyOf { values } | Condition::Lacks { values },
            AnswerKind::Multi { options },
        ) => {
            for v in values
                .iter()
                .filter(|v| !options.iter().any(|o| &o.value == *v))
            {
                out.push(format!("rule value {v} is not an option"));
            }
        }
        (Condition::AnyOf { .. } | Condition::Lacks { .. }, _) => {
            out.push("any_of/lacks need a multi answer".into())
        }
        (Condition::Above { than } | Condition::Below { than }, AnswerKind::Number { .. }) => {
            if !threshold_ok(than) {
                out.push(format!("unknown parameter in {than:?}"));
            }
        }
        (Condition::Above { .. } | Condition::Below { .. }, _) => {
            out.push("above/below need a number answer".into())
        }
        (
            Condition::Never,
            AnswerKind::Date {
                allow_never: true, ..
            },
        ) => {}
        (Condition::Never, _) => out.push("`never` needs a date answer that allows never".into()),
        (Condition::OlderThanDays { than }, AnswerKind::Date { .. }) => {
            if !threshold_ok(than) {
                out.push(format!("unknown parameter in {than:?}"));
            }
        }
        (Condition::OlderThanDays { .. }, _) => {
            out.push("older_than_days needs a date answer".into())
        }
    }
    out
}

/// Whether `prefill` can fill `item`: the right single scope and answer kind.
pub(super) fn prefill_fits(prefill: Prefill, item: &Item) -> bool {
    let only = |s: Scope| item.scope == [s];
    match (prefill, &item.answer) {
        (Prefill::AccountLastUpdate, AnswerKind::Date { .. }) => only(Scope::Account),
        (Prefill::GroupTaskEnd, AnswerKind::Date { .. }) => only(Scope::Group),
        (Prefill::GroupTaskEnded, AnswerKind::YesNo) => only(Scope::Group),
        (Prefill::AppFilingStatus, AnswerKind::Single { options }) => {
            only(Scope::App)
                && ["filed", "applying", "not_filed"]
                    .iter()
                    .all(|v| options.iter().any(|o| o.value == *v))
        }
        (Prefill::MaxAccountsPerPlatform, AnswerKind::Number { .. }) => only(Scope::Unit),
        _ => false,
    }
}
