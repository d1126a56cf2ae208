//! Consistency check of a pack: unique ids, every reference resolves, every rule fits its answer kind,
//! every Opinion article and every prohibited situation is covered. A green build has none of these.

use std::collections::HashSet;

use super::model::*;
use super::rules::*;

/// One inconsistency, described in English for developers (packs are checked at build/test time).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackProblem(pub String);

/// Every inconsistency in `pack`; empty means consistent.
pub fn check_pack(pack: &Pack) -> Vec<PackProblem> {
    let mut out = Vec::new();
    let mut say = |s: String| out.push(PackProblem(s));
    let docs: HashSet<&str> = pack.documents.iter().map(|d| d.id.as_str()).collect();
    let parts: HashSet<&str> = pack.parts.iter().map(|p| p.id.as_str()).collect();
    let params: HashSet<&str> = pack.parameters.iter().map(|p| p.id.as_str()).collect();
    let prohibitions: HashSet<&str> = pack.prohibitions.iter().map(|p| p.id.as_str()).collect();
    let mut articles = HashSet::new();
    for a in &pack.articles {
        if !articles.insert(a.id.as_str()) {
            say(format!("article {} defined twice", a.id));
        }
        if !parts.contains(a.part.as_str()) {
            say(format!("article {} names unknown part {}", a.id, a.part));
        }
        if !docs.contains(a.document.as_str()) {
            say(format!(
                "article {} names unknown document {}",
                a.id, a.document
            ));
        }
    }
    let mut ids = HashSet::new();
    for item in &pack.items {
        let id = &item.id;
        if !ids.insert(id.as_str()) {
            say(format!("item id {id} used twice"));
        }
        match pack.article(&item.article) {
            None => say(format!("{id}: unknown article {}", item.article)),
            Some(a) if a.part != item.part => say(format!(
                "{id}: article {} is not in part {}",
                a.id, item.part
            )),
            Some(_) => {}
        }
        for text in [&item.question, &item.help, &item.remedy] {
            if text.trim().is_empty() {
                say(format!(
                    "{id}: question, help and remedy must all be written"
                ));
            }
        }
        if item.scope.is_empty() {
            say(format!("{id}: empty scope"));
        }
        if item.evidence.is_empty() {
            say(format!("{id}: no expected evidence"));
        }
        if item.basis.is_empty() {
            say(format!("{id}: no basis"));
        }
        if item.rules.is_empty() {
            say(format!("{id}: no rules"));
        }
        let bases = item
            .basis
            .iter()
            .chain(item.exception.as_ref().map(|e| &e.basis));
        for b in bases {
            if !docs.contains(b.document.as_str()) {
                say(format!("{id}: basis names unknown document {}", b.document));
            }
        }
        for p in &item.prohibitions {
            if !prohibitions.contains(p.as_str()) {
                say(format!("{id}: unknown prohibition {p}"));
            }
        }
        for rule in &item.rules {
            for problem in rule_problems(&item.answer, &rule.condition, &params) {
                say(format!("{id}: {problem}"));
            }
            if rule.reason.trim().is_empty() {
                say(format!("{id}: a rule without a reason"));
            }
        }
        if item.exception.is_some() && !item.rules.iter().any(|r| r.then == Severity::RedLine) {
            say(format!("{id}: an exception on an item with no red line"));
        }
        if let Some(p) = item.prefill {
            if !prefill_fits(p, item) {
                say(format!(
                    "{id}: prefill {p:?} does not fit its scope or answer kind"
                ));
            }
        }
        if let AnswerKind::Single { options } | AnswerKind::Multi { options } = &item.answer {
            let values: HashSet<&str> = options.iter().map(|o| o.value.as_str()).collect();
            if values.len() != options.len() || options.len() < 2 {
                say(format!(
                    "{id}: options must be at least two, with unique values"
                ));
            }
        }
    }
    for a in pack.articles.iter().filter(|a| a.in_opinion) {
        if pack.items_of_article(&a.id).next().is_none() {
            say(format!("Opinion article {} has no item", a.id));
        }
    }
    let opinion_articles = pack.articles.iter().filter(|a| a.in_opinion).count();
    if opinion_articles != 16 {
        say(format!(
            "the Opinion has 16 articles, the pack marks {opinion_articles}"
        ));
    }
    for p in &pack.prohibitions {
        if !pack.items.iter().any(|i| i.prohibitions.contains(&p.id)) {
            say(format!(
                "prohibited situation {} is checked by no item",
                p.id
            ));
        }
    }
    out
}

fn rule_problems(kind: &AnswerKind, cond: &Condition, params: &HashSet<&str>) -> Vec<String> {
    let mut out = Vec::new();
    let threshold_ok = |t: &Threshold| match t {
        Threshold::Value(_) => true,
        Threshold::Param(p) => params.contains(p.as_str()),
    };
    let choice_values: Option<Vec<&str>> = match kind {
        AnswerKind::YesNo => Some(vec!["yes", "no"]),
        AnswerKind::YesNoPartial => Some(vec!["yes", "no", "partial"]),
        AnswerKind::Single { options } => Some(options.iter().map(|o| o.value.as_str()).collect()),
        _ => None,
    };
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
        (Condition::Never, AnswerKind::Date { allow_never: true }) => {}
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

fn prefill_fits(prefill: Prefill, item: &Item) -> bool {
    let only = |s: Scope| item.scope == [s];
    match (prefill, &item.answer) {
        (Prefill::AccountLastUpdate, AnswerKind::Date { .. }) => only(Scope::Account),
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
