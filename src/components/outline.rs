//! The outline of parts and articles (placeholder, being written).

use yew::prelude::*;

/// The outline.
#[component]
pub fn Outline() -> Html {
    html! { <nav aria-label="条目大纲"></nav> }
}
