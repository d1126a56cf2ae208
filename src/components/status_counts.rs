//! The five status counts as a definition list.

use fingertip_core::engine::{Counts, Status};
use yew::prelude::*;

/// Props of [`StatusCounts`].
#[derive(Properties, PartialEq)]
pub struct StatusCountsProps {
    /// The counts.
    pub counts: Counts,
}

/// Counts of 符合 / 建议 / 红线 / 不适用 / 未答.
#[component]
pub fn StatusCounts(props: &StatusCountsProps) -> Html {
    let statuses = [
        Status::Compliant,
        Status::Advisory,
        Status::RedLine,
        Status::NotApplicable,
        Status::Undetermined,
        Status::Unanswered,
    ];
    html! {
        <dl class="status-counts">
            { for statuses.into_iter().map(|s| html! {
                <div class={format!("count count-{s:?}").to_lowercase()}>
                    <dt>{ s.label() }</dt><dd>{ props.counts.of(s) }</dd>
                </div>
            }) }
        </dl>
    }
}
