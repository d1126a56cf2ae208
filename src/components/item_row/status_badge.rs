//! The row's status as a coloured badge, with the reasons behind a problem.

use std::rc::Rc;

use fingertip_core::engine::Status;
use yew::prelude::*;

/// The CSS class of a status (badge colour, row accent).
pub fn status_class(status: Status) -> &'static str {
    match status {
        Status::Compliant => "status-compliant",
        Status::Advisory => "status-advisory",
        Status::RedLine => "status-red-line",
        Status::NotApplicable => "status-not-applicable",
        Status::Unanswered => "status-unanswered",
        Status::Undetermined => "status-undetermined",
    }
}

/// Props of [`StatusBadge`].
#[derive(Properties, PartialEq)]
pub struct StatusBadgeProps {
    /// The row's status.
    pub status: Status,
    /// Why, in Chinese.
    pub reasons: Rc<Vec<String>>,
}

/// The badge; a polite live region, so a screen reader hears the new status after an answer.
#[component]
pub fn StatusBadge(props: &StatusBadgeProps) -> Html {
    html! {
        <div class="status-line" aria-live="polite">
            <span class={classes!("status-badge", status_class(props.status))}>{ props.status.label() }</span>
            if !props.reasons.is_empty() {
                <ul class="reasons">
                    { for props.reasons.iter().map(|r| html! { <li>{ r.clone() }</li> }) }
                </ul>
            }
        </div>
    }
}
