//! 是 / 否 (/ 部分) questions: a radio group with fixed options.

use std::rc::Rc;

use fingertip_core::model::AnswerValue;
use fingertip_core::pack::{ChoiceOption, YES_NO_PARTIAL};
use yew::prelude::*;

use super::SingleInput;

/// Props of [`YesNoInput`].
#[derive(Properties, PartialEq)]
pub struct YesNoInputProps {
    /// Whether 部分 (`partial`) is offered besides 是 and 否.
    #[prop_or_default]
    pub partial: bool,
    /// The current value: `Choice("yes" | "no" | "partial")`.
    pub value: Option<AnswerValue>,
    /// Called with the chosen value.
    pub on_change: Callback<Option<AnswerValue>>,
    /// Radio group name and id prefix; unique on the page.
    pub id_prefix: AttrValue,
    /// The question, with the asset it is asked of.
    pub legend: AttrValue,
    /// Whether the group is disabled.
    #[prop_or_default]
    pub disabled: bool,
}

/// The option values and labels the pack's `yes_no` kinds use.
fn options(partial: bool) -> Rc<Vec<ChoiceOption>> {
    let n = if partial { 3 } else { 2 };
    Rc::new(
        YES_NO_PARTIAL[..n]
            .iter()
            .map(|(value, label)| ChoiceOption {
                value: (*value).to_string(),
                label: (*label).to_string(),
            })
            .collect(),
    )
}

/// A 是/否(/部分) radio group.
#[component]
pub fn YesNoInput(props: &YesNoInputProps) -> Html {
    html! {
        <SingleInput options={options(props.partial)} value={props.value.clone()}
            on_change={props.on_change.clone()} id_prefix={props.id_prefix.clone()}
            legend={props.legend.clone()} disabled={props.disabled} />
    }
}
