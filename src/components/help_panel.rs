//! Basis and help of an item, on demand (placeholder, being written).

use yew::prelude::*;

/// Props of [`HelpPanel`].
#[derive(Properties, PartialEq)]
pub struct HelpPanelProps {
    /// Item id.
    pub item: AttrValue,
}

/// The help panel.
#[component]
pub fn HelpPanel(props: &HelpPanelProps) -> Html {
    html! { <details><summary>{ "依据与说明" }</summary>{ props.item.clone() }</details> }
}
