//! A single-choice question as a native radio group (arrow keys move, Space selects).

use std::rc::Rc;

use fingertip_core::model::AnswerValue;
use fingertip_core::pack::ChoiceOption;
use yew::prelude::*;

/// Props of [`SingleInput`].
#[derive(Properties, PartialEq)]
pub struct SingleInputProps {
    /// The options, in display order.
    pub options: Rc<Vec<ChoiceOption>>,
    /// The current value; only `Choice` selects an option.
    pub value: Option<AnswerValue>,
    /// Called with `Some(Choice(value))` when an option is picked.
    pub on_change: Callback<Option<AnswerValue>>,
    /// Radio group name and id prefix; unique on the page.
    pub id_prefix: AttrValue,
    /// The question, with the asset it is asked of.
    pub legend: AttrValue,
    /// Whether the group is disabled.
    #[prop_or_default]
    pub disabled: bool,
}

/// A `<fieldset>` of radios named by its `<legend>`.
#[component]
pub fn SingleInput(props: &SingleInputProps) -> Html {
    let selected = match &props.value {
        Some(AnswerValue::Choice(v)) => Some(v.as_str()),
        _ => None,
    };
    html! {
        <fieldset class="answer answer-choice" disabled={props.disabled}>
            <legend class="question">{ props.legend.clone() }</legend>
            <div class="options">
                { for props.options.iter().enumerate().map(|(i, option)| {
                    let id = format!("{}-opt{i}", props.id_prefix);
                    let value = option.value.clone();
                    let on_change = props.on_change.clone();
                    let onchange = Callback::from(move |_: Event| {
                        on_change.emit(Some(AnswerValue::Choice(value.clone())));
                    });
                    html! {
                        <span class="option">
                            <input type="radio" id={id.clone()} name={props.id_prefix.clone()}
                                value={option.value.clone()}
                                checked={selected == Some(option.value.as_str())} {onchange} />
                            <label for={id}>{ option.label.clone() }</label>
                        </span>
                    }
                }) }
            </div>
        </fieldset>
    }
}
