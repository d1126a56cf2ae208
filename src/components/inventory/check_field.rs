//! A labelled checkbox.

use yew::prelude::*;

use super::input::{checked_of, on_event};

/// Props of [`CheckField`].
#[derive(Properties, PartialEq)]
pub struct CheckFieldProps {
    /// Element id, unique on the page.
    pub id: AttrValue,
    /// Full label text.
    pub label: AttrValue,
    /// Whether it is ticked.
    pub checked: bool,
    /// Called with the new state.
    pub on_change: Callback<bool>,
}

/// A checkbox with its label after it.
#[component]
pub fn CheckField(props: &CheckFieldProps) -> Html {
    let onchange = on_event::<Event, _>(&props.on_change, checked_of);
    html! {
        <div class="field check">
            <input id={&props.id} type="checkbox" checked={props.checked} {onchange} />
            <label for={&props.id}>{ &props.label }</label>
        </div>
    }
}
