//! Asset-aware defaults (待确认): a new app, account or group starts with the unit's most common
//! answer for each item its kind is asked, marked provisional, so it is shown but never counted
//! as answered until the unit confirms it. A default is offered only where it is clear: at least
//! two other assets of the kind answered the item, and one value holds a strict majority of
//! them. 不适用, exceptions and provisional answers are never copied (each needs its own reason),
//! and nothing around the answer (notes, evidence, ledger cells) is.

use std::collections::BTreeMap;

use crate::inventory_edit::AssetKind;
use crate::model::{Answer, AnswerValue, Assessment, AssetId, ItemId, Suggested};

/// The ids of the assets of `kind` in `a`.
fn ids_of(a: &Assessment, kind: AssetKind) -> Vec<AssetId> {
    let inv = &a.inventory;
    match kind {
        AssetKind::App => inv.apps.iter().map(|x| x.id.clone()).collect(),
        AssetKind::Account => inv.accounts.iter().map(|x| x.id.clone()).collect(),
        AssetKind::Group => inv.groups.iter().map(|x| x.id.clone()).collect(),
    }
}

/// Gives the new asset `id` of `kind` the unit's clear majority answers as 待确认 defaults
/// (rows it already has an answer for are left alone). Returns how many were offered.
pub fn suggest_defaults(a: &mut Assessment, kind: AssetKind, id: &str) -> usize {
    let others: Vec<AssetId> = ids_of(a, kind).into_iter().filter(|x| x != id).collect();
    // item → the values the other assets gave (their own, confirmed answers only)
    let mut by_item: BTreeMap<&str, Vec<&AnswerValue>> = BTreeMap::new();
    for ((item, asset), answer) in &a.answers {
        if !others.contains(asset) || answer.provisional || answer.exception {
            continue;
        }
        match &answer.value {
            Some(AnswerValue::NotApplicable(_)) | None => {}
            Some(v) => by_item.entry(item.as_str()).or_default().push(v),
        }
    }
    let mut offered = Vec::new();
    for (item, values) in by_item {
        if values.len() < 2 || a.answers.contains_key(&(item.into(), id.into())) {
            continue;
        }
        let mut tally: Vec<(&AnswerValue, usize)> = Vec::new();
        for v in &values {
            match tally.iter_mut().find(|(x, _)| x == v) {
                Some((_, n)) => *n += 1,
                None => tally.push((v, 1)),
            }
        }
        let Some(&(value, agreeing)) = tally.iter().max_by_key(|(_, n)| *n) else {
            continue;
        };
        if agreeing * 2 <= values.len() {
            continue;
        }
        let suggested = Suggested {
            agreeing,
            answered: values.len(),
        };
        offered.push((ItemId::from(item), value.clone(), suggested));
    }
    let n = offered.len();
    for (item, value, suggested) in offered {
        let answer = Answer {
            provisional: true,
            suggested: Some(suggested),
            ..Answer::of(value)
        };
        a.answers.insert((item, id.into()), answer);
    }
    n
}
