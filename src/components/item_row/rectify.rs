//! Who fixes a problem row, and by when.

use crate::components::inventory::input::{self, on_event};
use yew::prelude::*;

/// Props of [`RectifyFields`].
#[derive(Properties, PartialEq)]
pub struct RectifyFieldsProps {
    /// Id prefix; unique on the page.
    pub id_prefix: AttrValue,
    /// 责任人 as saved.
    pub owner: AttrValue,
    /// 整改时限 as saved, `YYYY-MM-DD` or empty.
    pub deadline: AttrValue,
    /// Called with the owner as typed.
    pub on_owner: Callback<String>,
    /// Called with the new deadline (empty when cleared).
    pub on_deadline: Callback<String>,
}

/// A callback that emits the value of the input an event came from.
fn value_of(cb: &Callback<String>) -> Callback<InputEvent> {
    on_event(cb, input::value_of)
}

/// The 责任人 and 整改时限 inputs.
#[component]
pub fn RectifyFields(props: &RectifyFieldsProps) -> Html {
    let owner_id = format!("{}-owner", props.id_prefix);
    let deadline_id = format!("{}-deadline", props.id_prefix);
    html! {
        <div class="rectify">
            <div class="field">
                <label for={owner_id.clone()}>{ "责任人" }</label>
                <input type="text" id={owner_id} value={props.owner.clone()} maxlength="100"
                    autocomplete="off" oninput={value_of(&props.on_owner)} />
            </div>
            <div class="field">
                <label for={deadline_id.clone()}>{ "整改时限" }</label>
                <input type="date" id={deadline_id} value={props.deadline.clone()}
                    oninput={value_of(&props.on_deadline)} />
            </div>
        </div>
    }
}
