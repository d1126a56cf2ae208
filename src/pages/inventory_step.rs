//! Wizard step placeholder, being written.

use yew::prelude::*;

/// The step.
#[component]
pub fn InventoryStep() -> Html {
    html! { <section><h1>{ "InventoryStep" }</h1></section> }
}
