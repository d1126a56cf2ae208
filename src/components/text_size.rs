//! The larger-text toggle for projectors.

use yew::prelude::*;

use crate::hooks::use_app;

/// `data-action` key of the large-text button (the first-screen shell replays it).
pub const TEXT_SIZE_ACTION: &str = "text-size";

/// Props of [`TextSizeButton`].
#[derive(Properties, PartialEq)]
pub struct TextSizeButtonProps {
    /// Large text is on.
    pub on: bool,
    /// Pressed.
    pub onclick: Callback<MouseEvent>,
}

/// The large-text button as markup only (pressed state from `on`).
#[component]
pub fn TextSizeButton(props: &TextSizeButtonProps) -> Html {
    html! {
        <button type="button" class="text-size no-print" data-action={TEXT_SIZE_ACTION}
            aria-pressed={if props.on { "true" } else { "false" }} onclick={props.onclick.clone()}>
            { "大字号" }
        </button>
    }
}

/// The large-text toggle, bound to the app state.
#[component]
pub fn TextSizeToggle() -> Html {
    let app = use_app();
    let on = app.state().large_text;
    let onclick = Callback::from(move |_| app.set_large_text(!on));
    html! { <TextSizeButton {on} {onclick} /> }
}
