//! Re-evaluation after an edit: judges again only the rows the edit can affect ([`Touched`]),
//! always equal to a full [`evaluate`] (`core/tests/engine_incremental.rs`).

use std::sync::Arc;

use super::evaluate::{evaluate, finish, judge_row, BasisCache, Evaluation};
use super::filing::filing_verdicts;
use super::judge::JudgeContext;
use super::params::Params;
use super::target::{applicable, AssetRef};
use super::verdict::overall_verdict;
use crate::model::Assessment;
use crate::pack::{Item, Pack, Prefill, Scope};

/// What an edit can have changed, so that [`reevaluate`] judges only the rows it can affect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Touched {
    /// Nothing the evaluation reads (the report's addressee or narrative text).
    Nothing,
    /// The answer to one row: that row, the counts, and the filing verdicts when it is an app's
    /// or the unit's row (applicability does not depend on answers).
    Row {
        /// Item id.
        item: String,
        /// Asset id, or `unit`.
        asset: String,
    },
    /// One asset's fields: its rows (which may appear or go), and the unit rows that count the
    /// accounts when it is an account. `unit` for the unit's name (the label of its rows).
    Asset(String),
    /// Anything else (the profile, parameters, assets added or removed, cycle edits).
    Everything,
}

/// The evaluation of `assessment` after an edit that changed at most what `touched` says, from
/// `previous`, the evaluation before it: equal to [`evaluate`] (`core/tests/engine_incremental.rs`),
/// but judging only the affected rows. Falls back to a full evaluation whenever `previous` does
/// not line up with the assessment.
pub fn reevaluate(
    pack: &Pack,
    assessment: &Assessment,
    previous: &Evaluation,
    touched: &Touched,
) -> Evaluation {
    let again = match touched {
        Touched::Nothing => Some(previous.clone()),
        Touched::Row { item, asset } => one_row(pack, assessment, previous, item, asset),
        Touched::Asset(id) => one_asset(pack, assessment, previous, id),
        Touched::Everything => None,
    };
    again.unwrap_or_else(|| evaluate(pack, assessment))
}

/// Re-judges the row (`item`, `asset`) only; `None` when it cannot be found in `assessment`.
fn one_row(
    pack: &Pack,
    assessment: &Assessment,
    previous: &Evaluation,
    item: &str,
    asset: &str,
) -> Option<Evaluation> {
    let Some(at) = previous
        .findings
        .iter()
        .position(|f| f.target.item == item && f.target.asset == asset)
    else {
        // Not an applicable row (answers never change which rows apply): nothing to judge.
        return Some(previous.clone());
    };
    let old = &previous.findings[at];
    let item_def = pack.items.iter().find(|i| i.id == item)?;
    let asset_ref = AssetRef::find(assessment, old.target.scope, asset)?;
    let params = Params::new(pack, &assessment.parameters);
    let ctx = JudgeContext::new(&assessment.profile, &params);
    let mut basis = BasisCache(Some((item_def, old.target.scope, Arc::clone(&old.basis))));
    let answer = assessment.answer(item, asset);
    let new = judge_row(item_def, asset_ref, answer, assessment, &ctx, &mut basis);
    let mut next = previous.clone();
    let (before, after) = (old.status, new.status);
    if before != after {
        next.counts.remove(before);
        next.counts.add(after);
        for (list, id) in [
            (&mut next.parts, &new.part),
            (&mut next.articles, &new.article),
        ] {
            if let Some(s) = list.iter_mut().find(|s| s.id == *id) {
                s.counts.remove(before);
                s.counts.add(after);
                s.answered = s.counts.answered();
                s.total = s.counts.total();
            }
        }
        next.completion_percent = next.counts.completion_percent();
        next.verdict = overall_verdict(&next.counts, ctx.today.is_some());
    }
    let filing_reads_it = matches!(old.target.scope, Scope::App | Scope::Unit);
    next.findings[at] = Arc::new(new);
    if filing_reads_it {
        next.filing = filing_verdicts(pack, assessment, &next.findings);
    }
    Some(next)
}

/// Re-judges the rows of asset `id` (and, for an account, the unit rows that count accounts),
/// keeping every other row of `previous`; `None` when the rest does not line up.
fn one_asset(
    pack: &Pack,
    assessment: &Assessment,
    previous: &Evaluation,
    id: &str,
) -> Option<Evaluation> {
    let is_account = assessment.inventory.accounts.iter().any(|a| a.id == id);
    let affected = |item: &Item, asset: AssetRef<'_>| {
        asset.id() == id
            || (is_account
                && matches!(asset, AssetRef::Unit(_))
                && item.prefill == Some(Prefill::MaxAccountsPerPlatform))
    };
    let params = Params::new(pack, &assessment.parameters);
    let ctx = JudgeContext::new(&assessment.profile, &params);
    let mut basis = BasisCache::default();
    let mut kept = previous.findings.iter().filter(|f| f.target.asset != id);
    let mut findings = Vec::with_capacity(previous.findings.len());
    for (item, asset) in applicable(pack, assessment) {
        if asset.id() == id {
            let answer = assessment.answer(&item.id, id);
            let row = judge_row(item, asset, answer, assessment, &ctx, &mut basis);
            findings.push(Arc::new(row));
            continue;
        }
        let old = kept.next()?;
        if old.target.item != item.id || old.target.asset != asset.id() {
            return None;
        }
        if affected(item, asset) {
            let answer = assessment.answer(&item.id, asset.id());
            let row = judge_row(item, asset, answer, assessment, &ctx, &mut basis);
            findings.push(Arc::new(row));
        } else {
            findings.push(Arc::clone(old));
        }
    }
    if kept.next().is_some() {
        return None;
    }
    Some(finish(pack, assessment, &ctx, findings))
}
