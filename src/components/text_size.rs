//! The larger-text toggle for projectors.

use yew::prelude::*;

use crate::hooks::use_app;

/// A toggle button for large text.
#[component]
pub fn TextSizeToggle() -> Html {
    let app = use_app();
    let on = app.state().large_text;
    let onclick = Callback::from(move |_| app.set_large_text(!on));
    html! {
        <button type="button" class="text-size no-print" aria-pressed={if on { "true" } else { "false" }} {onclick}>
            { "大字号" }
        </button>
    }
}
