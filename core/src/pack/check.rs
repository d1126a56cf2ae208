//! Consistency check of a pack: unique ids, every reference resolves, every rule fits its answer kind,
//! every citation names the kinds of object it covers (and its document covers them), every
//! exception asks for its full justification, every parameter cites its basis or says there is no
//! national figure, every Opinion article and every prohibited situation is covered. A green
//! build has none of these.

use std::collections::HashSet;

use super::changelog::ChangeKind;
use super::check_parts::{basis_problems, exception_problems, prefill_fits, rule_problems};
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
    for d in &pack.documents {
        if d.covers.is_empty() {
            say(format!("document {} names no kinds it covers", d.id));
        }
    }
    for p in &pack.parameters {
        if p.national && p.basis.is_empty() {
            say(format!(
                "parameter {}: a national figure needs a basis",
                p.id
            ));
        }
        if !p.national && !p.note.contains("无全国统一数值") {
            say(format!(
                "parameter {}: without a national figure the note must say 无全国统一数值",
                p.id
            ));
        }
        for b in &p.basis {
            for problem in basis_problems(pack, b, None) {
                say(format!("parameter {}: {problem}", p.id));
            }
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
        if item.source.is_none() && item.basis.iter().any(|b| b.confidence.is_local_rule()) {
            say(format!(
                "{id}: 地方规定/本单位规定 tags belong to overlay items, not national ones"
            ));
        }
        if item.rules.is_empty() {
            say(format!("{id}: no rules"));
        }
        let bases = item
            .basis
            .iter()
            .chain(item.exception.as_ref().map(|e| &e.basis));
        for b in bases {
            for problem in basis_problems(pack, b, Some(&item.scope)) {
                say(format!("{id}: {problem}"));
            }
        }
        for scope in &item.scope {
            if !item.basis.iter().any(|b| b.covers(*scope)) {
                say(format!("{id}: no basis covers {scope:?} rows"));
            }
        }
        if let Some(e) = &item.exception {
            for problem in exception_problems(item, e) {
                say(format!("{id}: {problem}"));
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
            if let Condition::Above {
                than: Threshold::Param(p),
            }
            | Condition::Below {
                than: Threshold::Param(p),
            }
            | Condition::OlderThanDays {
                than: Threshold::Param(p),
            } = &rule.condition
            {
                let tool_figure = pack.parameter(p).is_some_and(|x| !x.national);
                let said = ["无全国统一数值", "没有全国统一数值"]
                    .iter()
                    .any(|w| item.help.contains(w));
                if tool_figure && !said {
                    say(format!(
                        "{id}: uses parameter {p}, which has no national figure; the help must say so"
                    ));
                }
            }
            if rule.only.scope.iter().any(|s| !item.scope.contains(s)) {
                say(format!(
                    "{id}: a rule limited to a kind the item is not asked of"
                ));
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
    match pack.changelog.first() {
        Some(r) if r.version == pack.version => {}
        _ => say(format!(
            "the changelog's newest release must be the pack version {}",
            pack.version
        )),
    }
    for change in pack.changelog.iter().flat_map(|r| &r.changes) {
        if let Some(id) = &change.item {
            if change.kind != ChangeKind::Removed && pack.item(id).is_none() {
                say(format!("changelog names unknown item {id}"));
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
