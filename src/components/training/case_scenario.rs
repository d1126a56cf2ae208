//! A practice case as the learner first sees it: title and situation. The problem category is
//! left for the feedback, since it often names the article.

use fingertip_core::training::Case;
use yew::prelude::*;

use super::Static;

/// Props of [`CaseScenario`].
#[derive(Properties, PartialEq)]
pub struct CaseScenarioProps {
    /// The case.
    pub case: Static<Case>,
    /// Id of the heading, so focus can move to it when the case changes.
    pub heading_id: AttrValue,
}

/// The case's heading and scenario.
#[component]
pub fn CaseScenario(props: &CaseScenarioProps) -> Html {
    let case = props.case.0;
    html! {
        <>
            <h2 id={props.heading_id.clone()} class="case-title" tabindex="-1">
                <span class="case-id">{ case.id.clone() }</span>{ " " }{ case.title.clone() }
            </h2>
            <p class="case-scenario">{ case.scenario.clone() }</p>
        </>
    }
}
