//! A multiple-choice question as a native checkbox group.

use std::rc::Rc;

use fingertip_core::model::AnswerValue;
use fingertip_core::pack::ChoiceOption;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`MultiInput`].
#[derive(Properties, PartialEq)]
pub struct MultiInputProps {
    /// The options, in display order.
    pub options: Rc<Vec<ChoiceOption>>,
    /// The current value; only `Multi` ticks options.
    pub value: Option<AnswerValue>,
    /// Called with `Some(Multi(..))` after a box is ticked or cleared (an empty list is an answer).
    pub on_change: Callback<Option<AnswerValue>>,
    /// Id prefix; unique on the page.
    pub id_prefix: AttrValue,
    /// The question, with the asset it is asked of.
    pub legend: AttrValue,
    /// Whether the group is disabled.
    #[prop_or_default]
    pub disabled: bool,
}

/// The selection after `value` is ticked (`on`) or cleared, in option order.
fn toggled(options: &[ChoiceOption], selected: &[String], value: &str, on: bool) -> Vec<String> {
    options
        .iter()
        .filter(|o| {
            if o.value == value {
                on
            } else {
                selected.contains(&o.value)
            }
        })
        .map(|o| o.value.clone())
        .collect()
}

/// A `<fieldset>` of checkboxes named by its `<legend>`.
#[component]
pub fn MultiInput(props: &MultiInputProps) -> Html {
    let selected: Rc<Vec<String>> = match &props.value {
        Some(AnswerValue::Multi(v)) => Rc::new(v.clone()),
        _ => Rc::default(),
    };
    html! {
        <fieldset class="answer answer-multi" disabled={props.disabled}>
            <legend class="question">{ props.legend.clone() }</legend>
            <div class="options">
                { for props.options.iter().enumerate().map(|(i, option)| {
                    let id = format!("{}-opt{i}", props.id_prefix);
                    let checked = selected.contains(&option.value);
                    let (options, selected, value, on_change) =
                        (props.options.clone(), selected.clone(), option.value.clone(), props.on_change.clone());
                    let onchange = Callback::from(move |e: Event| {
                        // The box's own state is what the user sees; fall back to flipping the render-time one.
                        let on = e.target_dyn_into::<HtmlInputElement>().map_or(!checked, |i| i.checked());
                        let next = toggled(&options, &selected, &value, on);
                        on_change.emit(Some(AnswerValue::Multi(next)));
                    });
                    html! {
                        <span class="option">
                            <input type="checkbox" id={id.clone()} value={option.value.clone()} {checked} {onchange} />
                            <label for={id}>{ option.label.clone() }</label>
                        </span>
                    }
                }) }
            </div>
        </fieldset>
    }
}
