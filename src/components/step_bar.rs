//! The wizard's step bar: four links, the current one marked for screen readers.

use crate::route::{href, Step};
use yew::prelude::*;

/// Props of [`StepBar`].
#[derive(Properties, PartialEq)]
pub struct StepBarProps {
    /// Draft id.
    pub id: AttrValue,
    /// The step shown.
    pub current: Step,
}

/// The step bar.
#[component]
pub fn StepBar(props: &StepBarProps) -> Html {
    html! {
        <nav class="step-bar no-print" aria-label="自查步骤">
            <ol>
                { for Step::ALL.into_iter().map(|step| {
                    let current = step == props.current;
                    html! {
                        <li class={classes!(current.then_some("current"))}>
                            <a href={href(&step.route(&props.id))} aria-current={current.then_some("step")}>
                                { step.label() }
                            </a>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
