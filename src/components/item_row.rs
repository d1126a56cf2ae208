//! One questionnaire row (placeholder, being written).

use yew::prelude::*;

/// Props of [`ItemRow`].
#[derive(Properties, PartialEq)]
pub struct ItemRowProps {
    /// Item id.
    pub item: AttrValue,
    /// Asset id or `unit`.
    pub asset: AttrValue,
}

/// One row.
#[component]
pub fn ItemRow(props: &ItemRowProps) -> Html {
    html! { <div>{ props.item.clone() }{ props.asset.clone() }</div> }
}
