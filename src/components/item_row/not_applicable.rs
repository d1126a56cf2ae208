//! The 不适用 box of a row and, while it is ticked, the required short reason.

use web_sys::HtmlInputElement;

use crate::components::inventory::input::{on_event, value_of};
use yew::prelude::*;

/// Props of [`NotApplicableField`].
#[derive(Properties, PartialEq)]
pub struct NotApplicableFieldProps {
    /// Id prefix; unique on the page.
    pub id_prefix: AttrValue,
    /// `Some(reason)` while the row is 不适用.
    pub reason: Option<AttrValue>,
    /// Called with whether the box is now ticked.
    pub on_toggle: Callback<bool>,
    /// Called with the reason as typed.
    pub on_reason: Callback<String>,
}

/// The 不适用 checkbox and reason box.
#[component]
pub fn NotApplicableField(props: &NotApplicableFieldProps) -> Html {
    let on = props.reason.is_some();
    let onchange = {
        let on_toggle = props.on_toggle.clone();
        Callback::from(move |e: Event| {
            on_toggle.emit(
                e.target_dyn_into::<HtmlInputElement>()
                    .map_or(!on, |i| i.checked()),
            );
        })
    };
    let oninput = on_event::<InputEvent, _>(&props.on_reason, value_of);
    let (box_id, reason_id, hint_id) = (
        format!("{}-na", props.id_prefix),
        format!("{}-na-reason", props.id_prefix),
        format!("{}-na-hint", props.id_prefix),
    );
    let missing = props.reason.as_ref().is_some_and(|r| r.trim().is_empty());
    html! {
        <div class="na-field">
            <div class="field check">
                <input type="checkbox" id={box_id.clone()} checked={on} {onchange} />
                <label for={box_id}>{ "不适用" }</label>
            </div>
            if let Some(reason) = &props.reason {
                <div class="field">
                    <label for={reason_id.clone()}>{ "不适用原因" }</label>
                    <input type="text" id={reason_id} value={reason.clone()} required=true maxlength="200"
                        aria-invalid={missing.then_some("true")}
                        aria-describedby={missing.then_some(hint_id.clone())} {oninput} />
                    if missing {
                        <p class="field-error" id={hint_id}>{ "请简要说明为什么不适用。" }</p>
                    }
                </div>
            }
        </div>
    }
}
