//! One small controlled input component per answer kind, and [`AnswerInput`] that picks one.
//!
//! Every input takes the current `value` and reports changes through `on_change`; none keeps the
//! answer in its own state, so the draft in the app state is the single source of truth.

mod date;
mod multi;
mod number;
mod single;
mod yes_no;

use std::rc::Rc;

use fingertip_core::model::AnswerValue;
use fingertip_core::pack::AnswerKind;
use yew::prelude::*;

pub use date::{DateInput, DateInputProps};
pub use multi::{MultiInput, MultiInputProps};
pub use number::{parse_number, NumberInput, NumberInputProps};
pub use single::{SingleInput, SingleInputProps};
pub use yes_no::{YesNoInput, YesNoInputProps};

/// Props of [`AnswerInput`].
#[derive(Properties, PartialEq)]
pub struct AnswerInputProps {
    /// The item's answer kind, which decides the control.
    pub kind: Rc<AnswerKind>,
    /// The current value; a value of another kind (e.g. 不适用) shows as unanswered.
    pub value: Option<AnswerValue>,
    /// Called with the new value, `None` when the answer is cleared.
    pub on_change: Callback<Option<AnswerValue>>,
    /// Prefix of element ids and of the radio group name; unique on the page.
    pub id_prefix: AttrValue,
    /// The question, with the asset it is asked of.
    pub legend: AttrValue,
    /// Whether the control is disabled (e.g. while the row is 不适用).
    #[prop_or_default]
    pub disabled: bool,
}

/// The control for one answer kind.
#[component]
pub fn AnswerInput(props: &AnswerInputProps) -> Html {
    let AnswerInputProps {
        value,
        on_change,
        id_prefix,
        legend,
        disabled,
        ..
    } = props;
    let (value, on_change, id_prefix, legend, disabled) = (
        value.clone(),
        on_change.clone(),
        id_prefix.clone(),
        legend.clone(),
        *disabled,
    );
    match &*props.kind {
        AnswerKind::YesNo | AnswerKind::YesNoPartial => {
            let partial = matches!(*props.kind, AnswerKind::YesNoPartial);
            html! { <YesNoInput {partial} {value} {on_change} {id_prefix} {legend} {disabled} /> }
        }
        AnswerKind::Single { options } => {
            let options = Rc::new(options.clone());
            html! { <SingleInput {options} {value} {on_change} {id_prefix} {legend} {disabled} /> }
        }
        AnswerKind::Multi { options } => {
            let options = Rc::new(options.clone());
            html! { <MultiInput {options} {value} {on_change} {id_prefix} {legend} {disabled} /> }
        }
        AnswerKind::Number { unit } => {
            let unit = AttrValue::from(unit.clone());
            html! { <NumberInput {unit} {value} {on_change} {id_prefix} {legend} {disabled} /> }
        }
        AnswerKind::Date { allow_never, .. } => {
            let allow_never = *allow_never;
            html! { <DateInput {allow_never} {value} {on_change} {id_prefix} {legend} {disabled} /> }
        }
    }
}
