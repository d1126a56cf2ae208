//! Every change a user can make to an assessment, as data, applied by one pure function.
//! The app's reducer calls [`apply`]; native tests reach it without a browser.

mod answer_field;
mod asset_field;
mod ledger;
mod profile_field;

pub use answer_field::{apply_field, AnswerField, SetAside};
pub use asset_field::{apply_asset_field, AccountField, AppField, AssetField, GroupField};
pub use ledger::{edit_ledger, LedgerField};
pub use profile_field::{apply_profile_field, ProfileField};

use crate::engine::Touched;
use crate::inventory_edit::{add_named, remove_asset, AssetKind};
use crate::model::{Account, Answer, App, Assessment, AssetId, Group, ItemId};

/// One user change.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Change one field of the unit profile, as it is now.
    ProfileField(ProfileField),
    /// Add one asset of `kind` per name.
    AddAssets {
        /// Which list.
        kind: AssetKind,
        /// Names, already split and trimmed.
        names: Vec<String>,
    },
    /// Change one field of the asset with this id, as it is now.
    AssetField {
        /// Asset id.
        id: AssetId,
        /// What changed.
        field: AssetField,
    },
    /// Replace the app with the same id (a whole value, e.g. one carried over from another
    /// check; the inventory page sends [`Edit::AssetField`]).
    App(App),
    /// Replace the account with the same id.
    Account(Account),
    /// Replace the group with the same id.
    Group(Group),
    /// Remove the asset with this id and its answers.
    Remove(AssetId),
    /// Set (or with `None`, clear) the answer to `item` for `asset`.
    Answer {
        /// Item id.
        item: ItemId,
        /// Asset id or `unit`.
        asset: AssetId,
        /// The new answer.
        answer: Option<Answer>,
    },
    /// Change one field of the answer to `item` for `asset`, as it is now.
    AnswerField {
        /// Item id.
        item: ItemId,
        /// Asset id or `unit`.
        asset: AssetId,
        /// What changed.
        field: AnswerField,
    },
    /// Set the 正式报告's 主送机关.
    Addressee(String),
    /// Replace the text of one 正式报告 narrative section; blank text (or text equal to the
    /// draft) returns the section to the drafted text.
    ReportText {
        /// Section id, e.g. `findings`.
        section: String,
        /// The unit's text.
        text: String,
        /// The drafted text the section shows without an edit.
        drafted: String,
    },
    /// A change of the rectification cycle: ledger cell, 销号, confirming 待复核 answers.
    Cycle(crate::cycle::CycleEdit),
    /// Override (or with `None`, reset) a pack parameter.
    Parameter {
        /// Parameter id.
        id: String,
        /// New value.
        value: Option<f64>,
    },
}

impl Edit {
    /// What this edit can change in the evaluation, for [`crate::engine::reevaluate`].
    pub fn touches(&self) -> Touched {
        match self {
            Edit::Answer { item, asset, .. } | Edit::AnswerField { item, asset, .. } => {
                Touched::Row {
                    item: item.to_string(),
                    asset: asset.to_string(),
                }
            }
            Edit::AssetField { id, .. } => Touched::Asset(id.to_string()),
            Edit::App(x) => Touched::Asset(x.id.to_string()),
            Edit::Account(x) => Touched::Asset(x.id.to_string()),
            Edit::Group(x) => Touched::Asset(x.id.to_string()),
            Edit::Addressee(_) | Edit::ReportText { .. } => Touched::Nothing,
            // Who filled it in, how to reach them and why: never judged.
            Edit::ProfileField(
                ProfileField::Assessor(_) | ProfileField::Contact(_) | ProfileField::Purpose(_),
            ) => Touched::Nothing,
            // The unit's name labels its own rows.
            Edit::ProfileField(ProfileField::Name(_)) => {
                Touched::Asset(crate::model::UNIT_ASSET.to_string())
            }
            Edit::ProfileField(_)
            | Edit::AddAssets { .. }
            | Edit::Remove(_)
            | Edit::Cycle(_)
            | Edit::Parameter { .. } => Touched::Everything,
        }
    }
}

fn replace<T: PartialEq>(list: &mut [T], new: T, same: impl Fn(&T) -> bool) -> bool {
    match list.iter_mut().find(|x| same(x)) {
        Some(slot) if *slot != new => {
            *slot = new;
            true
        }
        _ => false,
    }
}

/// Applies `edit`; returns whether the assessment changed (an unchanged one needs no re-render or save).
/// A finalised (定稿) assessment is read-only: every edit is refused until it is reopened.
/// 不适用 marks set nothing aside here; the app's reducer calls [`apply_with`].
pub fn apply(a: &mut Assessment, edit: Edit) -> bool {
    apply_with(a, &mut SetAside::default(), edit)
}

/// [`apply`], keeping the values 不适用 sets aside in `set_aside` (the open draft's, in memory).
pub fn apply_with(a: &mut Assessment, set_aside: &mut SetAside, edit: Edit) -> bool {
    if a.is_finalised() {
        return false;
    }
    match edit {
        Edit::ProfileField(field) => apply_profile_field(&mut a.profile, field),
        Edit::AssetField { id, field } => apply_asset_field(&mut a.inventory, &id, field),
        Edit::Addressee(text) => {
            let changed = a.profile.addressee != text;
            a.profile.addressee = text;
            changed
        }
        Edit::ReportText {
            section,
            text,
            drafted,
        } => {
            let t = text.trim();
            match t.is_empty() || t == drafted.trim() {
                true => a.profile.report_text.remove(&section).is_some(),
                false => {
                    a.profile
                        .report_text
                        .insert(section, t.to_string())
                        .as_deref()
                        != Some(t)
                }
            }
        }
        Edit::AddAssets { kind, names } => {
            let added = add_named(a, kind, &names);
            // Each new asset starts with the unit's clear majority answers, 待确认.
            for id in &added {
                crate::cycle::suggest_defaults(a, kind, id);
            }
            !added.is_empty()
        }
        Edit::App(x) => replace(&mut a.inventory.apps, x.clone(), |o| o.id == x.id),
        Edit::Account(x) => replace(&mut a.inventory.accounts, x.clone(), |o| o.id == x.id),
        Edit::Group(x) => replace(&mut a.inventory.groups, x.clone(), |o| o.id == x.id),
        Edit::Remove(id) => remove_asset(a, &id),
        Edit::Answer {
            item,
            asset,
            answer,
        } => {
            let key = (item, asset);
            let answer = answer.map(|new| crate::cycle::settle(a.answers.get(&key), new));
            match answer {
                Some(new) if a.answers.get(&key) == Some(&new) => false,
                Some(new) => {
                    a.answers.insert(key, new);
                    true
                }
                None => a.answers.remove(&key).is_some(),
            }
        }
        Edit::Cycle(edit) => crate::cycle::apply(a, edit),
        Edit::AnswerField { item, asset, field } => apply_field(a, set_aside, item, asset, field),
        Edit::Parameter { id, value } => match value {
            Some(v) if v.is_finite() => a.parameters.insert(id, v) != Some(v),
            Some(_) => false,
            None => a.parameters.remove(&id).is_some(),
        },
    }
}

#[cfg(test)]
mod tests;
