//! Section 二 红线问题: every red-line finding first, so the most serious problems lead.

use std::rc::Rc;

use yew::prelude::*;

use super::entry::FindingCard;
use super::SectionProps;

/// The red-line section.
#[component]
pub fn ReportRedLines(props: &SectionProps) -> Html {
    let red = &props.report.red_lines;
    html! {
        <section class="report-section new-page" aria-labelledby="sec-red">
            <h2 id="sec-red">{ format!("二、红线问题({} 项)", red.len()) }</h2>
            if red.is_empty() {
                <p>{ "未发现红线问题。" }</p>
            } else {
                <p class="section-lead">{ "以下情形触及《意见》《办法》明令禁止或必须纠正的要求,应优先整改。" }</p>
                <ol class="findings">
                    { for red.iter().map(|e| html! { <FindingCard entry={Rc::new(e.clone())} /> }) }
                </ol>
            }
        </section>
    }
}
