//! Stable callbacks that change one answer: [`use_answer_field`] sends what the user changed in one
//! field (an intent, applied by core to the answer as it is now); [`use_answer_setter`] stores a
//! whole answer (the ledger's rows). Built on the reducer's dispatcher, which never changes, so
//! rows that receive them as props are not re-rendered when some other row's answer changes.

use fingertip_core::edit::{AnswerField, Edit};
use fingertip_core::model::Answer;
use yew::prelude::*;

use super::use_app;
use crate::platform::{clock, perf};
use crate::state::Action;

/// One answer change: item id, asset id, the new answer (`None` clears it).
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerChange {
    /// Item id.
    pub item: AttrValue,
    /// Asset id or `unit`.
    pub asset: AttrValue,
    /// The new answer.
    pub answer: Option<Answer>,
}

/// The answer setter for item rows.
#[hook]
pub fn use_answer_setter() -> Callback<AnswerChange> {
    let dispatcher = use_app().0.dispatcher();
    use_callback(dispatcher, |change: AnswerChange, dispatcher| {
        perf::mark_answer();
        let edit = Edit::Answer {
            item: change.item.to_string(),
            asset: change.asset.to_string(),
            answer: change.answer,
        };
        dispatcher.dispatch(Action::Edit {
            now: clock::now_iso(),
            edit,
        });
    })
}

/// One field of one answer as the user changed it.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldChange {
    /// Item id.
    pub item: AttrValue,
    /// Asset id or `unit`.
    pub asset: AttrValue,
    /// What changed.
    pub field: AnswerField,
}

/// The field setter for item rows.
#[hook]
pub fn use_answer_field() -> Callback<FieldChange> {
    let dispatcher = use_app().0.dispatcher();
    use_callback(dispatcher, |change: FieldChange, dispatcher| {
        perf::mark_answer();
        let edit = Edit::AnswerField {
            item: change.item.to_string(),
            asset: change.asset.to_string(),
            field: change.field,
        };
        dispatcher.dispatch(Action::Edit {
            now: clock::now_iso(),
            edit,
        });
    })
}
