//! Wizard step placeholder, being written.

use yew::prelude::*;

/// Props of the step.
#[derive(Properties, PartialEq)]
pub struct ResultStepProps {
    /// Article to show.
    #[prop_or_default]
    pub article: Option<AttrValue>,
}

/// The step.
#[component]
pub fn ResultStep(props: &ResultStepProps) -> Html {
    html! { <section><h1>{ "ResultStep" }</h1>{ props.article.clone() }</section> }
}
