//! 选择案例: the trainer picks the cases of a session, by article or one by one; practice,
//! presenter mode and the handout then use only those, in content order. The pick is kept in
//! this browser (apart from drafts); changing it starts the practice round afresh.

use fingertip_core::training::CaseSelection;
use yew::prelude::*;

use super::all_cases;
use crate::components::training::{article_name, TrainingHeader, TrainingMissing};
use crate::hooks::use_app;
use crate::platform::practice_store;
use crate::route::{href, Route};

/// What a checkbox asks for.
#[derive(Clone, PartialEq)]
enum Pick {
    /// Every case of this article on or off.
    Article(String, bool),
    /// This case on or off.
    Case(String),
    /// Every case.
    All,
}

/// The selection page.
#[component]
pub fn TrainingSelectPage() -> Html {
    let app = use_app();
    let pack = app.pack();
    let cases = all_cases();
    let selection = use_state(|| practice_store::load_selection(cases));
    if cases.is_empty() {
        return html! { <TrainingMissing /> };
    }
    let send = |pick: Pick| {
        let selection = selection.clone();
        move |_| {
            let mut next: CaseSelection = (*selection).clone();
            match &pick {
                Pick::Article(a, on) => next.set_article(cases, a, *on),
                Pick::Case(id) => next.toggle(cases, id),
                Pick::All => next = CaseSelection::default(),
            }
            practice_store::save_selection(&next);
            selection.set(next);
        }
    };
    // Articles in pack order, each with its cases in content order.
    let articles: Vec<&str> = pack
        .articles
        .iter()
        .map(|a| a.id.as_str())
        .filter(|a| cases.iter().any(|c| c.article == *a))
        .collect();
    let group = |article: &str| {
        let (on, of) = selection.article_count(cases, article);
        // A session needs at least one case: the last picked ones cannot be dropped.
        let last = !selection.can_drop_article(cases, article);
        let name = article_name(pack, article);
        let all_id = format!("pick-article-{article}");
        let whole = send(Pick::Article(article.to_string(), on < of));
        html! {
            <fieldset class="pick-article">
                <legend>{ format!("{name}(已选 {on} / {of})") }</legend>
                <p class="pick-all">
                    <input type="checkbox" id={all_id.clone()} checked={on == of} disabled={last && on == of}
                        onchange={Callback::from(move |_: Event| whole(()))} />
                    <label for={all_id}>{ format!("本条全部 {of} 个案例") }</label>
                </p>
                <ul class="pick-cases">
                    { for cases.iter().filter(|c| c.article == article).map(|c| {
                        let id = format!("pick-{}", c.id);
                        let toggle = send(Pick::Case(c.id.clone()));
                        html! {
                            <li>
                                <input type="checkbox" id={id.clone()} checked={selection.contains(&c.id)}
                                    disabled={!selection.can_drop_case(cases, &c.id)}
                                    onchange={Callback::from(move |_: Event| toggle(()))} />
                                <label for={id}>{ format!("{} {}", c.id, c.title) }{ if c.red_line { "(红线)" } else { "" } }</label>
                            </li>
                        }
                    }) }
                </ul>
            </fieldset>
        }
    };
    let reset = send(Pick::All);
    html! {
        <>
            <TrainingHeader />
            <section class="training-select" aria-labelledby="select-title">
                <h1 id="select-title">{ "选择案例" }</h1>
                <p class="lead">{ "按条文或逐个勾选本次培训要用的案例。案例练习、投影讲解和打印讲义都只用选中的案例,按原有顺序排列;\
                                   选择保存在本浏览器中。更改选择后,案例练习从第一题重新开始。" }</p>
                <p class="pick-status" role="status">{ format!("当前:{}", selection.describe(cases)) }</p>
                <p class="pick-actions">
                    <button type="button" disabled={selection.is_all()} onclick={Callback::from(move |_: MouseEvent| reset(()))}>{ "全部选中" }</button>
                    <a href={href(&Route::TrainingCases)}>{ "开始案例练习" }</a>
                    <a href={href(&Route::TrainingPresent)}>{ "投影讲解" }</a>
                    <a href={href(&Route::TrainingHandout)}>{ "打印讲义" }</a>
                </p>
                { for articles.iter().map(|a| group(a)) }
            </section>
        </>
    }
}
