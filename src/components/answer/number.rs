//! A non-negative number with its unit. Text that is not such a number stays visible with a
//! hint and is not stored, so a typo never silently becomes an answer.

use fingertip_core::model::AnswerValue;
pub use fingertip_core::number::{parse_number, NotANumber};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`NumberInput`].
#[derive(Properties, PartialEq)]
pub struct NumberInputProps {
    /// Unit shown after the box, e.g. 个 or %.
    pub unit: AttrValue,
    /// The current value; only `Number` shows.
    pub value: Option<AnswerValue>,
    /// Called with `Some(Number(n))` for a valid entry and `None` when the box is emptied;
    /// not called for invalid text.
    pub on_change: Callback<Option<AnswerValue>>,
    /// Id prefix; unique on the page.
    pub id_prefix: AttrValue,
    /// The question, with the asset it is asked of.
    pub legend: AttrValue,
    /// Whether the box is disabled.
    #[prop_or_default]
    pub disabled: bool,
}

/// A text box for a number (`inputmode="decimal"`, so phones show a number pad).
#[component]
pub fn NumberInput(props: &NumberInputProps) -> Html {
    let current = match &props.value {
        Some(AnswerValue::Number(n)) => Some(*n),
        _ => None,
    };
    // What was typed last, and the value it stood for; shown while that value is still current,
    // so "1." or "abc" is not rewritten under the cursor.
    let typed = use_state(|| None::<(AttrValue, Option<f64>)>);
    let text: AttrValue = match &*typed {
        Some((raw, stood_for)) if *stood_for == current => raw.clone(),
        _ => current
            .map(|n| AttrValue::from(n.to_string()))
            .unwrap_or_default(),
    };
    let invalid = parse_number(&text).is_err();
    let oninput = {
        let (typed, on_change) = (typed.clone(), props.on_change.clone());
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let raw = input.value();
            match parse_number(&raw) {
                Ok(n) => {
                    typed.set(Some((raw.into(), n)));
                    on_change.emit(n.map(AnswerValue::Number));
                }
                Err(_) => typed.set(Some((raw.into(), current))),
            }
        })
    };
    let id = format!("{}-number", props.id_prefix);
    let hint_id = format!("{}-hint", props.id_prefix);
    html! {
        <div class="answer answer-number">
            <label class="question" for={id.clone()}>{ props.legend.clone() }</label>
            <span class="number-box">
                <input type="text" inputmode="decimal" autocomplete="off" id={id} value={text}
                    disabled={props.disabled} aria-invalid={invalid.then_some("true")}
                    aria-describedby={invalid.then_some(hint_id.clone())} {oninput} />
                <span class="unit">{ props.unit.clone() }</span>
            </span>
            if invalid {
                <p class="field-error" id={hint_id}>{ NotANumber.to_string() }</p>
            }
        </div>
    }
}
