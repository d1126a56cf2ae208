//! Wizard step placeholder, being written.

use yew::prelude::*;

/// The step.
#[component]
pub fn UnitStep() -> Html {
    html! { <section><h1>{ "UnitStep" }</h1></section> }
}
