//! A labelled text, date or number input.

use yew::prelude::*;

use super::input::{on_event, value_of};

/// Props of [`TextField`].
#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// Element id, unique on the page; the label points at it.
    pub id: AttrValue,
    /// Full label text (in rows it names the row, e.g. 应用名称(第1行)).
    pub label: AttrValue,
    /// Current value.
    pub value: AttrValue,
    /// Input type: `text` (default), `date`, `number`, `tel` …
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    /// Grey hint shown while the field is empty (never a value: typing does not append to it).
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// Id of the help text that describes the field, if any.
    #[prop_or_default]
    pub describedby: Option<AttrValue>,
    /// Autocomplete hint, if any.
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    /// Called with the new value on every keystroke.
    pub on_change: Callback<String>,
}

/// A labelled input whose every change is reported at once.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let number = props.kind == "number";
    let oninput = on_event::<InputEvent, _>(&props.on_change, value_of);
    html! {
        <div class="field">
            <label for={&props.id}>{ &props.label }</label>
            <input
                id={&props.id}
                type={&props.kind}
                value={&props.value}
                autocomplete={props.autocomplete.clone()}
                placeholder={props.placeholder.clone()}
                aria-describedby={props.describedby.clone()}
                min={number.then_some("0")}
                step={number.then_some("1")}
                inputmode={number.then_some("numeric")}
                {oninput}
            />
        </div>
    }
}
