//! Field-level answer edits: what the user changed in one field of one row, applied to the
//! answer as it is now (not to a copy the view rendered earlier), so a stale callback cannot
//! revert another field. Also the 不适用 rule: marking a row 不适用 sets its value aside, and
//! clearing the mark brings that value back.

use std::collections::BTreeMap;

use crate::model::{AnswerKey, AnswerValue, Assessment, AssetId, ItemId, JustificationField};

/// One field of one answer, as the user changed it.
#[derive(Debug, Clone, PartialEq)]
pub enum AnswerField {
    /// The answer value (`None` clears it).
    Value(Option<AnswerValue>),
    /// 不适用 ticked (`true`) or cleared: the previous value is set aside and brought back.
    NotApplicable(bool),
    /// The 不适用 reason as typed.
    NotApplicableReason(String),
    /// The documented exception claimed or withdrawn.
    Exception(bool),
    /// One field of the justification card of restricted function `function`.
    Justification {
        /// The function's value in the pack, e.g. `checkin`.
        function: String,
        /// Which field.
        field: JustificationField,
        /// Its text.
        text: String,
    },
    /// 备注
    Note(String),
    /// The evidence indexes the unit can show.
    Evidence(Vec<usize>),
    /// 责任人
    Owner(String),
    /// 整改时限
    Deadline(String),
}

/// Values set aside by 不适用, per (item, asset), until the mark is cleared. Kept in memory for
/// the open draft only (as the screen was before), never saved.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SetAside(BTreeMap<AnswerKey, AnswerValue>);

/// Applies `field` to the answer to `item` for `asset` (created empty if there is none);
/// returns whether the assessment changed.
pub fn apply_field(
    a: &mut Assessment,
    set_aside: &mut SetAside,
    item: ItemId,
    asset: AssetId,
    field: AnswerField,
) -> bool {
    let key = (item, asset);
    let before = a.answers.get(&key).cloned();
    let answer = a.answers.get_or_default(key.clone());
    match field {
        AnswerField::Value(v) => answer.value = v,
        AnswerField::NotApplicable(true) => {
            if let Some(v) = answer
                .value
                .take()
                .filter(|v| !matches!(v, AnswerValue::NotApplicable(_)))
            {
                set_aside.0.insert(key.clone(), v);
            }
            answer.value = Some(AnswerValue::NotApplicable(String::new()));
        }
        AnswerField::NotApplicable(false) => answer.value = set_aside.0.remove(&key),
        AnswerField::NotApplicableReason(r) => answer.value = Some(AnswerValue::NotApplicable(r)),
        AnswerField::Exception(on) => answer.exception = on,
        AnswerField::Justification {
            function,
            field,
            text,
        } => answer
            .justifications
            .entry(function)
            .or_default()
            .set(field, text),
        AnswerField::Note(n) => answer.note = n,
        AnswerField::Evidence(e) => answer.evidence = e,
        AnswerField::Owner(o) => answer.owner = o,
        AnswerField::Deadline(d) => answer.deadline = d,
    }
    // A 待复核 answer whose value the unit changed is its own answer now.
    *answer = crate::cycle::settle(before.as_ref(), std::mem::take(answer));
    before.as_ref() != Some(&*answer)
}
