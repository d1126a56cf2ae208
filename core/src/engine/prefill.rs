//! The effective answer of a row: the explicit value, else what the inventory already says.

use rustc_hash::FxHashMap as HashMap;

use super::target::AssetRef;
use crate::model::{Answer, AnswerValue, Inventory};
use crate::pack::{Item, Prefill};

/// The value to judge for `item` on `asset`, and whether it came from the inventory (prefill)
/// rather than an explicit answer. An answer without a value (only notes) falls back to prefill.
pub fn effective_value(
    item: &Item,
    asset: AssetRef<'_>,
    answer: Option<&Answer>,
    inventory: &Inventory,
) -> (Option<AnswerValue>, bool) {
    if let Some(value) = answer.and_then(|a| a.value.clone()) {
        return (Some(value), false);
    }
    let prefilled = item
        .prefill
        .and_then(|p| prefill_value(p, asset, inventory));
    let from_prefill = prefilled.is_some();
    (prefilled, from_prefill)
}

/// The prefill value for one asset, if the inventory holds one.
fn prefill_value(
    prefill: Prefill,
    asset: AssetRef<'_>,
    inventory: &Inventory,
) -> Option<AnswerValue> {
    match (prefill, asset) {
        (Prefill::AccountLastUpdate, AssetRef::Account(a)) => match a.last_update.trim() {
            "" => None,
            date => Some(AnswerValue::Date(date.to_string())),
        },
        (Prefill::GroupTaskEnd, AssetRef::Group(g)) => match g.task_end.trim() {
            "" => None,
            date => Some(AnswerValue::Date(date.to_string())),
        },
        (Prefill::GroupTaskEnded, AssetRef::Group(g)) => Some(AnswerValue::Choice(
            crate::pack::yes_no(g.task_ended).into(),
        )),
        (Prefill::AppFilingStatus, AssetRef::App(app)) => {
            Some(AnswerValue::Choice(app.filing.value().to_string()))
        }
        (Prefill::MaxAccountsPerPlatform, AssetRef::Unit(_)) => Some(AnswerValue::Number(
            max_accounts_per_platform(inventory) as f64,
        )),
        _ => None,
    }
}

/// The largest number of the unit's accounts on one platform; accounts without a platform
/// are not counted, since nothing says they share one.
fn max_accounts_per_platform(inventory: &Inventory) -> usize {
    let mut per: HashMap<&str, usize> = HashMap::default();
    for a in &inventory.accounts {
        let platform = a.platform.trim();
        if !platform.is_empty() {
            *per.entry(platform).or_default() += 1;
        }
    }
    per.values().copied().max().unwrap_or(0)
}
