//! A list of findings of one status, each linking back to its row in the questionnaire.

use fingertip_core::engine::Finding;
use fingertip_core::navigate::{group_by_item, scope_noun};
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
    let draft = props.draft.to_string();
    let link = |f: &Finding, text: String| {
        let route = Route::ArticleRow {
            id: draft.clone(),
            article: f.article.clone(),
            item: f.target.item.to_string(),
            asset: f.target.asset.to_string(),
        };
        html! { <a href={href(&route)}>{ text }</a> }
    };
    let group_html = |group: Vec<&Finding>| {
        let first = group[0];
        let question = pack
            .item(&first.target.item)
            .map(|i| i.question.clone())
            .unwrap_or_default();
        let id = html! { <span class="item-id">{ first.target.item.to_string() }</span> };
        if group.len() == 1 {
            return html! {
                <li>
                    <a href={href(&Route::ArticleRow { id: draft.clone(), article: first.article.clone(),
                        item: first.target.item.to_string(), asset: first.target.asset.to_string() })}>
                        { id }{ format!(" 〔{}〕", first.target.label) }</a>
                    <span class="problem-question">{ question }</span>
                    <span class="problem-reasons">{ first.reasons.join(";") }</span>
                </li>
            };
        }
        let noun = scope_noun(first.target.scope);
        html! {
            <li>
                <details class="problem-group">
                    <summary>{ id }{ format!(" · {} 个{noun}:", group.len()) }
                        <span class="problem-question">{ question }</span></summary>
                    <ul>
                        { for group.iter().map(|f| html! {
                            <li>{ link(f, f.target.label.clone()) }
                                <span class="problem-reasons">{ f.reasons.join(";") }</span></li>
                        }) }
                    </ul>
                </details>
            </li>
        }
    };
    html! {
        <section class="problem-list" aria-label={props.title.clone()}>
            <h2>{ format!("{}({})", props.title, props.findings.len()) }</h2>
            <ol>{ for group_by_item(&props.findings).into_iter().map(group_html) }</ol>
        </section>
    }
}
