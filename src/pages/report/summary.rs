//! Section 一 自查概况: the verdict with its reasons, the status counts, the per-part chart and
//! each app's filing readiness.

use std::rc::Rc;

use fingertip_core::engine::Status;
use yew::prelude::*;

use super::chart::PartChart;
use super::SectionProps;
use crate::components::FilingTable;

/// The statuses in the order the counts table shows them.
const STATUSES: [Status; 6] = [
    Status::Compliant,
    Status::Advisory,
    Status::RedLine,
    Status::NotApplicable,
    Status::Undetermined,
    Status::Unanswered,
];

/// The summary section.
#[component]
pub fn ReportSummary(props: &SectionProps) -> Html {
    let r = &props.report;
    let verdict_class = format!("verdict-box verdict-{:?}", r.verdict.overall).to_lowercase();
    html! {
        <section class="report-section" aria-labelledby="sec-summary">
            <h2 id="sec-summary">{ "一、自查概况" }</h2>
            if let Some(n) = r.unfinished {
                <p class="unfinished-banner" data-testid="unfinished-summary">
                    <strong>{ "未完成" }</strong>{ format!(":尚有 {n} 项未作答。") }
                </p>
            }
            <div class={verdict_class}>
                <h3>{ format!("结论:{}", r.verdict.overall.label()) }</h3>
                <ul>{ for r.verdict.reasons.iter().map(|x| html! { <li>{ x.clone() }</li> }) }</ul>
            </div>
            <table class="counts-table keep">
                <caption>{ "各状态条目数" }</caption>
                <thead>
                    <tr>
                        { for STATUSES.iter().map(|s| html! { <th scope="col">{ s.label() }</th> }) }
                        <th scope="col">{ "合计" }</th>
                        <th scope="col">{ "完成度" }</th>
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        { for STATUSES.iter().map(|s| html! { <td>{ r.counts.of(*s) }</td> }) }
                        <td>{ r.counts.total() }</td>
                        <td>{ format!("{}%", r.completion_percent) }</td>
                    </tr>
                </tbody>
            </table>
            <PartChart report={props.report.clone()} />
            if !r.filing.is_empty() {
                <FilingTable filing={Rc::new(r.filing.clone())} caption="各应用备案准备情况" />
            }
        </section>
    }
}
