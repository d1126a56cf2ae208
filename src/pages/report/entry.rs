//! One finding as the report prints it: item, asset, status, question, reasons, basis with its
//! confidence, and the unit's own note. Used by the red-line and by-article sections.

use fingertip_core::report::FindingEntry;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`FindingCard`].
#[derive(Properties, PartialEq)]
pub struct FindingCardProps {
    /// The finding.
    pub entry: Rc<FindingEntry>,
}

/// A list item; kept on one page in print.
#[component]
pub fn FindingCard(props: &FindingCardProps) -> Html {
    let e = &props.entry;
    let status_class = format!("tag status-tag status-{:?}", e.status).to_lowercase();
    html! {
        <li class="finding keep">
            <p class="finding-head">
                <span class="item-id">{ e.item.clone() }</span>
                <span class={status_class}>{ e.status_label }</span>
                <span class="finding-asset">{ format!("〔{}〕", e.asset_label) }</span>
                if e.prefilled { <span class="tag">{ "据清单预填" }</span> }
                if e.exception_applied { <span class="tag">{ "已声明例外" }</span> }
            </p>
            <p class="finding-question">{ e.question.clone() }</p>
            if !e.reasons.is_empty() {
                <p class="finding-reasons"><span class="finding-label">{ "问题:" }</span>{ e.reasons.join(";") }</p>
            }
            if !e.basis.is_empty() {
                <p class="finding-basis">
                    <span class="finding-label">{ "依据:" }</span>
                    { for e.basis.iter().map(|b| html! { <span class="tag basis-tag">{ b.clone() }</span> }) }
                </p>
            }
            if !e.note.is_empty() {
                <p class="finding-note"><span class="finding-label">{ "单位说明:" }</span>{ e.note.clone() }</p>
            }
        </li>
    }
}
