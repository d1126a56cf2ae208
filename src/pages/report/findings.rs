//! Section 三 逐条自查情况: every article of the criteria pack with its counts and its problem
//! and unanswered rows, each with basis, confidence and the unit's notes.

use std::rc::Rc;

use fingertip_core::report::ArticleSection;
use yew::prelude::*;

use super::entry::FindingCard;
use super::SectionProps;

/// One article: heading, counts line, then its findings or the model's empty text.
fn article(a: &ArticleSection) -> Html {
    let c = &a.counts;
    html! {
        <section class="article" aria-label={a.label.clone()}>
            <h3>{ a.label.clone() }</h3>
            <p class="article-counts">
                { format!(
                    "符合 {} · 建议改进 {} · 红线 {} · 不适用 {} · 未作答 {}",
                    c.compliant, c.advisory, c.red_line, c.not_applicable, c.unanswered
                ) }
            </p>
            if let Some(text) = a.empty_text {
                <p class="article-empty">{ text }</p>
            } else {
                <ol class="findings">
                    { for a.findings.iter().map(|e| html! { <FindingCard entry={Rc::new(e.clone())} /> }) }
                </ol>
            }
        </section>
    }
}

/// The by-article section.
#[component]
pub fn ReportFindings(props: &SectionProps) -> Html {
    html! {
        <section class="report-section new-page" aria-labelledby="sec-articles">
            <h2 id="sec-articles">{ "三、逐条自查情况" }</h2>
            <p class="section-lead">
                { "按条目列出发现的问题和尚未作答的题目。依据后的〔原文〕〔新闻概括〕〔地方口径〕〔良好实践〕标注说明该依据的来源和可靠程度。" }
            </p>
            { for props.report.articles.iter().map(article) }
        </section>
    }
}
