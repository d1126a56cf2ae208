//! A list of findings of one status, each linking back to its row in the questionnaire.

use fingertip_core::engine::Finding;
use yew::prelude::*;

use crate::hooks::use_app;
use crate::route::{href, Route};

/// Props of [`ProblemList`].
#[derive(Properties, PartialEq)]
pub struct ProblemListProps {
    /// Section title, e.g. 红线问题.
    pub title: AttrValue,
    /// The findings.
    pub findings: Vec<Finding>,
    /// Draft id, for links.
    pub draft: AttrValue,
}

/// The list; nothing when empty.
#[component]
pub fn ProblemList(props: &ProblemListProps) -> Html {
    let app = use_app();
    if props.findings.is_empty() {
        return Html::default();
    }
    let pack = app.pack();
    let item_html = |f: &Finding| {
        let question = pack
            .item(&f.target.item)
            .map(|i| i.question.clone())
            .unwrap_or_default();
        let route = Route::Article {
            id: props.draft.to_string(),
            article: f.article.clone(),
        };
        html! {
            <li>
                <a href={href(&route)}><span class="item-id">{ f.target.item.clone() }</span>{ format!(" 〔{}〕", f.target.label) }</a>
                <span class="problem-question">{ question }</span>
                <span class="problem-reasons">{ f.reasons.join(";") }</span>
            </li>
        }
    };
    html! {
        <section class="problem-list" aria-label={props.title.clone()}>
            <h2>{ format!("{}({})", props.title, props.findings.len()) }</h2>
            <ol>{ for props.findings.iter().map(item_html) }</ol>
        </section>
    }
}
