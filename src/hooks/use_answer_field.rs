//! The stable callback that changes one answer: [`use_answer_field`] sends what the user changed
//! in one field (an intent, applied by core to the answer as it is now). Built on the reducer's
//! dispatcher, which never changes, so rows that receive it as a prop are not re-rendered when
//! some other row's answer changes.

use fingertip_core::edit::{AnswerField, Edit};
use yew::prelude::*;

use super::use_app;
use crate::platform::{clock, perf};
use crate::state::Action;

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
    use_edit_sender(|change: FieldChange| Edit::AnswerField {
        item: change.item.as_str().into(),
        asset: change.asset.as_str().into(),
        field: change.field,
    })
}

/// A stable callback that sends the edit `to_edit` makes of its input, stamped now.
#[hook]
fn use_edit_sender<T: 'static>(to_edit: fn(T) -> Edit) -> Callback<T> {
    let dispatcher = use_app().0.dispatcher();
    use_callback(dispatcher, move |change: T, dispatcher| {
        perf::mark_answer();
        dispatcher.dispatch(Action::Edit {
            now: clock::now_iso(),
            edit: to_edit(change),
        });
    })
}
