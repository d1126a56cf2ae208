//! Step 4 结果: counts, the verdict with its reasons, each app's filing readiness, red lines first.

use std::rc::Rc;

use fingertip_core::engine::{Finding, Status};
use yew::prelude::*;

use crate::components::{FilingTable, ProblemList, StatusCounts};
use crate::hooks::use_app;
use crate::route::{href, Route, Step};

/// Step 4.
#[component]
pub fn ResultStep() -> Html {
    let app = use_app();
    let Some(session) = app.session() else {
        return Html::default();
    };
    let eval = &session.evaluation;
    let id = session.assessment.id.to_string();
    let of = |status: Status| -> Vec<Finding> {
        eval.findings
            .iter()
            .filter(|f| f.status == status)
            .map(|f| Finding::clone(f))
            .collect()
    };
    let verdict_class = format!("verdict verdict-{:?}", eval.verdict.overall).to_lowercase();
    html! {
        <section class="result" aria-labelledby="result-title">
            <h1 id="result-title">{ "自查结果" }</h1>
            <div class={verdict_class}>
                <h2>{ format!("结论:{}", eval.verdict.overall.label()) }</h2>
                <ul>{ for eval.verdict.reasons.iter().map(|r| html! { <li>{ r.clone() }</li> }) }</ul>
            </div>
            <p class="report-link"><a class="button-link" href={href(&Route::Report { id: id.clone() })}>{ "查看并打印自查报告" }</a></p>
            <StatusCounts counts={eval.counts} />
            if !eval.filing.is_empty() {
                <section aria-labelledby="filing-title">
                    <h2 id="filing-title">{ "各应用备案准备情况" }</h2>
                    <FilingTable filing={Rc::new(eval.filing.clone())} />
                </section>
            }
            <ProblemList title="红线问题" findings={of(Status::RedLine)} draft={id.clone()} />
            <ProblemList title="建议改进" findings={of(Status::Advisory)} draft={id.clone()} />
            if eval.counts.unanswered > 0 {
                <p><a href={href(&Step::Check.route(&id))}>{ format!("还有 {} 项未作答,继续自查", eval.counts.unanswered) }</a></p>
            }
            <p class="no-print"><a href={href(&Route::Start)}>{ "返回首页" }</a></p>
        </section>
    }
}
