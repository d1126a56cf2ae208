//! The bar above every training page: back to the start page and to the training hub, and the
//! large-text toggle for projectors.

use yew::prelude::*;

use crate::components::TextSizeToggle;
use crate::route::{href, Route};

/// Props of [`TrainingHeader`].
#[derive(Properties, PartialEq)]
pub struct TrainingHeaderProps {
    /// Whether this is the hub itself (no link back to it).
    #[prop_or_default]
    pub hub: bool,
}

/// The header bar.
#[component]
pub fn TrainingHeader(props: &TrainingHeaderProps) -> Html {
    html! {
        <header class="draft-header training-header no-print">
            <a class="home-link" href={href(&Route::Start)}>{ "指尖自查" }</a>
            if !props.hub {
                <a href={href(&Route::Training)}>{ "培训学习" }</a>
            }
            <span class="practice-badge">{ "培训模式" }</span>
            <span class="header-gap"></span>
            <TextSizeToggle />
        </header>
    }
}
