//! Wizard step placeholder, being written.

use yew::prelude::*;

/// Props of the step.
#[derive(Properties, PartialEq)]
pub struct CheckStepProps {
    /// Article to show.
    #[prop_or_default]
    pub article: Option<AttrValue>,
}

/// The step.
#[component]
pub fn CheckStep(props: &CheckStepProps) -> Html {
    html! { <section><h1>{ "CheckStep" }</h1>{ props.article.clone() }</section> }
}
