//! Every change a user can make to an assessment, as data, applied by one pure function.
//! The app's reducer calls [`apply`]; native tests reach it without a browser.

mod answer_field;

pub use answer_field::{apply_field, AnswerField, SetAside};

use crate::inventory_edit::{add_named, remove_asset, AssetKind};
use crate::model::{Account, Answer, App, Assessment, Group, RectStatus, UnitProfile};

/// One user change.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Replace the unit profile.
    Profile(UnitProfile),
    /// Add one asset of `kind` per name.
    AddAssets {
        /// Which list.
        kind: AssetKind,
        /// Names, already split and trimmed.
        names: Vec<String>,
    },
    /// Replace the app with the same id.
    App(App),
    /// Replace the account with the same id.
    Account(Account),
    /// Replace the group with the same id.
    Group(Group),
    /// Remove the asset with this id and its answers.
    Remove(String),
    /// Set (or with `None`, clear) the answer to `item` for `asset`.
    Answer {
        /// Item id.
        item: String,
        /// Asset id or `unit`.
        asset: String,
        /// The new answer.
        answer: Option<Answer>,
    },
    /// Change one field of the answer to `item` for `asset`, as it is now.
    AnswerField {
        /// Item id.
        item: String,
        /// Asset id or `unit`.
        asset: String,
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

/// One field of a rectification-ledger row, as edited on the report page before printing.
#[derive(Debug, Clone, PartialEq)]
pub enum LedgerField {
    /// 整改措施
    Measure(String),
    /// 责任人
    Owner(String),
    /// 时限
    Deadline(String),
    /// 状态
    Status(RectStatus),
}

/// The answer after a ledger edit. A measure that is blank or equal to the item's `remedy` is
/// stored as "none", so the row keeps following the pack's remedy text.
pub fn edit_ledger(mut answer: Answer, field: LedgerField, remedy: &str) -> Answer {
    match field {
        LedgerField::Measure(m) => {
            let t = m.trim();
            answer.measure = (!t.is_empty() && t != remedy.trim()).then(|| t.to_string());
        }
        LedgerField::Owner(o) => answer.owner = o,
        LedgerField::Deadline(d) => answer.deadline = d,
        LedgerField::Status(s) => answer.status = s,
    }
    answer
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
        Edit::Profile(p) => {
            let changed = a.profile != p;
            a.profile = p;
            changed
        }
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
mod tests {
    use super::*;

    #[test]
    fn ledger_measure_equal_to_the_remedy_is_stored_as_none() {
        let remedy = "下线相关功能";
        let a = edit_ledger(
            Answer::choice("no"),
            LedgerField::Measure(" 下线相关功能 ".into()),
            remedy,
        );
        assert_eq!(a.measure, None);
        let a = edit_ledger(a, LedgerField::Measure("=1+1".into()), remedy);
        assert_eq!(a.measure.as_deref(), Some("=1+1"));
        let a = edit_ledger(a, LedgerField::Measure("  ".into()), remedy);
        assert_eq!(a.measure, None);
        let a = edit_ledger(a, LedgerField::Status(RectStatus::Done), remedy);
        assert_eq!(
            (a.status, a.value),
            (RectStatus::Done, Answer::choice("no").value)
        );
    }

    #[test]
    fn unchanged_edits_report_no_change() {
        let mut a = Assessment::default();
        assert!(apply(
            &mut a,
            Edit::AddAssets {
                kind: AssetKind::App,
                names: vec!["协同办公".into()]
            }
        ));
        let app = a.inventory.apps[0].clone();
        assert!(!apply(&mut a, Edit::App(app.clone())));
        assert!(apply(
            &mut a,
            Edit::App(App {
                name: "新名称".into(),
                ..app
            })
        ));
        let answer = || Edit::Answer {
            item: "B4.1".into(),
            asset: "app-1".into(),
            answer: Some(Answer::choice("no")),
        };
        assert!(apply(&mut a, answer()));
        assert!(!apply(&mut a, answer()));
        assert!(apply(
            &mut a,
            Edit::Answer {
                item: "B4.1".into(),
                asset: "app-1".into(),
                answer: None
            }
        ));
        assert!(!apply(
            &mut a,
            Edit::Parameter {
                id: "x".into(),
                value: Some(f64::NAN)
            }
        ));
        assert!(apply(
            &mut a,
            Edit::Parameter {
                id: "x".into(),
                value: Some(30.0)
            }
        ));
        assert!(!apply(
            &mut a,
            Edit::Parameter {
                id: "x".into(),
                value: Some(30.0)
            }
        ));
        assert!(!apply(&mut a, Edit::Remove("app-9".into())));
    }

    #[test]
    fn report_text_equal_to_the_draft_or_blank_returns_to_the_draft() {
        let mut a = Assessment::default();
        let edit = |text: &str| Edit::ReportText {
            section: "work".into(),
            text: text.into(),
            drafted: "草稿".into(),
        };
        assert!(!apply(&mut a, edit(" 草稿 ")));
        assert!(apply(&mut a, edit("本单位自行撰写")));
        assert!(!apply(&mut a, edit("本单位自行撰写 ")));
        assert_eq!(
            a.profile.report_text.get("work").map(String::as_str),
            Some("本单位自行撰写")
        );
        assert!(apply(&mut a, edit("  ")));
        assert!(a.profile.report_text.is_empty());
        assert!(apply(&mut a, Edit::Addressee("县委办公室".into())));
        assert!(!apply(&mut a, Edit::Addressee("县委办公室".into())));
    }
}
