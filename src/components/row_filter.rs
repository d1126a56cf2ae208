//! The row filter: all rows, only unanswered, only problems — a radio group.

use fingertip_core::navigate::RowFilter;
use yew::prelude::*;

/// Props of [`RowFilterBar`].
#[derive(Properties, PartialEq)]
pub struct RowFilterBarProps {
    /// The filter in force.
    pub value: RowFilter,
    /// Called with the chosen filter.
    pub on_change: Callback<RowFilter>,
}

/// The filter radio group.
#[component]
pub fn RowFilterBar(props: &RowFilterBarProps) -> Html {
    html! {
        <fieldset class="row-filter">
            <legend>{ "显示" }</legend>
            { for RowFilter::ALL.into_iter().map(|f| {
                let on_change = props.on_change.clone();
                html! {
                    <label>
                        <input type="radio" name="row-filter" checked={f == props.value}
                            onchange={Callback::from(move |_| on_change.emit(f))} />
                        { f.label() }
                    </label>
                }
            }) }
        </fieldset>
    }
}
