//! A calendar date, plus a 从未 box when the item allows "never".

use fingertip_core::model::AnswerValue;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`DateInput`].
#[derive(Properties, PartialEq)]
pub struct DateInputProps {
    /// Whether the 从未 box is offered.
    #[prop_or_default]
    pub allow_never: bool,
    /// The current value: `Date("YYYY-MM-DD")` or `Never`.
    pub value: Option<AnswerValue>,
    /// Called with `Some(Date(..))`, `Some(Never)`, or `None` when the date is cleared.
    pub on_change: Callback<Option<AnswerValue>>,
    /// Id prefix; unique on the page.
    pub id_prefix: AttrValue,
    /// The question, with the asset it is asked of.
    pub legend: AttrValue,
    /// Whether the controls are disabled.
    #[prop_or_default]
    pub disabled: bool,
}

/// A `<fieldset>` with a date box and, if allowed, a 从未 checkbox.
#[component]
pub fn DateInput(props: &DateInputProps) -> Html {
    let never = matches!(props.value, Some(AnswerValue::Never));
    let date = match &props.value {
        Some(AnswerValue::Date(d)) => AttrValue::from(d.clone()),
        _ => AttrValue::default(),
    };
    let oninput = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let raw = input.value();
            // The browser reports "" until the date is complete and valid.
            on_change.emit((!raw.is_empty()).then_some(AnswerValue::Date(raw)));
        })
    };
    let on_never = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_dyn_into::<HtmlInputElement>()
                .map_or(!never, |i| i.checked());
            on_change.emit(on.then_some(AnswerValue::Never));
        })
    };
    let date_id = format!("{}-date", props.id_prefix);
    let never_id = format!("{}-never", props.id_prefix);
    html! {
        <fieldset class="answer answer-date" disabled={props.disabled}>
            <legend class="question">{ props.legend.clone() }</legend>
            <span class="option">
                <label for={date_id.clone()}>{ "日期" }</label>
                <input type="date" id={date_id} value={date} disabled={never} {oninput} />
            </span>
            if props.allow_never {
                <span class="option">
                    <input type="checkbox" id={never_id.clone()} checked={never} onchange={on_never} />
                    <label for={never_id}>{ "从未" }</label>
                </span>
            }
        </fieldset>
    }
}
