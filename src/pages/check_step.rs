//! Step 3 自查: one article at a time, with the outline, row filters and "下一个未答".

use fingertip_core::navigate::{
    article_rows, articles_with_rows, neighbours, next_unanswered, page_with, rows_named,
    rows_per_item, scope_noun, RowFilter,
};
use fingertip_core::pack::Scope;
use fingertip_core::paging::{Window, PAGE_ROWS};
use fingertip_core::report::article_label;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::inventory::input::{on_event, value_of};
use crate::components::{ItemRow, Outline, PackRef, Pager, ReviewBar, ReviewMark, RowFilterBar};
use crate::hooks::{use_answer_field, use_app};
use crate::platform::focus::focus_id;
use crate::route::{href, row_id, Route, Step};

/// Props of [`CheckStep`].
#[derive(Properties, PartialEq)]
pub struct CheckStepProps {
    /// Article to show; the first with rows when absent.
    #[prop_or_default]
    pub article: Option<AttrValue>,
}

/// Step 3.
#[component]
pub fn CheckStep(props: &CheckStepProps) -> Html {
    let app = use_app();
    let navigator = use_navigator();
    let on_answer = use_answer_field();
    let filter = use_state(RowFilter::default);
    // 按名称查找, and the page the reader chose for the list it was chosen on (article, filter,
    // query and linked row); any other list opens on the linked row's page, or the first.
    let query = use_state(String::new);
    let chosen = use_state(|| (String::new(), 0usize));
    let landing = match use_route::<Route>() {
        Some(Route::ArticleRow { item, asset, .. }) => Some((item, asset)),
        _ => None,
    };
    let session = app.session();
    let current = props.article.as_ref().map(|a| a.to_string());
    let Some(session) = session else {
        return Html::default();
    };
    let id = session.assessment.id.to_string();
    let eval = &session.evaluation;
    let Some(article) = current.or_else(|| articles_with_rows(eval).first().map(|s| s.to_string()))
    else {
        return html! {
            <section class="empty-step">
                <h1>{ "没有需要自查的项目" }</h1>
                <p>{ "请先填写单位信息和清单。" }</p>
                <a href={href(&Step::Inventory.route(&id))}>{ "返回清单" }</a>
            </section>
        };
    };
    let pack = app.pack();
    let title = pack
        .article(&article)
        .map(|a| (article_label(&a.id, &a.title), a.summary.clone()));
    let all_rows = article_rows(eval, &article, RowFilter::All);
    let per_item = rows_per_item(&all_rows);
    let kept = all_rows.iter().copied().filter(|f| filter.keeps(f.status));
    let rows = rows_named(kept.collect(), &query);
    let list_key = format!("{article}|{:?}|{}|{landing:?}", *filter, *query);
    let page = match (&*chosen, &landing) {
        ((key, page), _) if *key == list_key => *page,
        (_, Some((item, asset))) => page_with(&rows, item, asset, PAGE_ROWS).unwrap_or(0),
        _ => 0,
    };
    let window = Window::new(rows.len(), page, PAGE_ROWS);
    let on_page = {
        let (chosen, key) = (chosen.setter(), list_key.clone());
        Callback::from(move |page: usize| {
            chosen.set((key.clone(), page));
            // The new page starts at the article's heading, as a new page would.
            focus_id("article-title");
        })
    };
    let on_query = on_event(&query.setter().to_callback(), value_of);
    let batch_noun = |item: &str, scope: Scope| {
        let peers = per_item.get(item).copied().unwrap_or(0);
        (peers > 1 && scope != Scope::Unit).then(|| AttrValue::from(scope_noun(scope)))
    };
    let (prev, next) = neighbours(eval, &article);
    let on_next_unanswered = {
        let (eval_session, navigator, filter, id) = (
            Rc::clone(&session),
            navigator.clone(),
            filter.clone(),
            id.clone(),
        );
        Callback::from(move |_| {
            let Some(target) = next_unanswered(&eval_session.evaluation, None) else {
                return;
            };
            let Some(f) = eval_session
                .evaluation
                .findings
                .iter()
                .find(|f| f.target == *target)
            else {
                return;
            };
            if *filter == RowFilter::Problems {
                filter.set(RowFilter::All);
            }
            if let Some(nav) = &navigator {
                nav.push(&Route::ArticleRow {
                    id: id.clone(),
                    article: f.article.clone(),
                    item: target.item.to_string(),
                    asset: target.asset.to_string(),
                });
            }
        })
    };
    let link = |a: Option<&str>, text: &str| match a {
        Some(a) => {
            html! { <a href={href(&Route::Article { id: id.clone(), article: a.to_string() })}>{ text.to_string() }</a> }
        }
        None => Html::default(),
    };
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |f| filter.set(f))
    };
    html! {
        <div class="check-layout">
            <section class="check-main" aria-labelledby="article-title">
                <h1 id="article-title" tabindex="-1">{ title.as_ref().map(|t| t.0.clone()).unwrap_or_else(|| article.clone()) }</h1>
                <p class="article-summary">{ title.map(|t| t.1).unwrap_or_default() }</p>
                <div class="check-tools no-print">
                    <RowFilterBar value={*filter} on_change={on_filter} />
                    <button type="button" onclick={on_next_unanswered} disabled={eval.counts.unanswered + eval.counts.undetermined == 0}>
                        { format!("下一个未答({})", eval.counts.unanswered + eval.counts.undetermined) }
                    </button>
                </div>
                <ReviewBar count={rows.iter().filter(|f| f.provisional).count()}
                    items={rows.iter().filter(|f| f.provisional).map(|f| f.target.item.to_string()).collect::<Vec<_>>()} />
                if all_rows.len() > PAGE_ROWS {
                    <div class="row-find no-print">
                        <label>{ "按名称查找" }
                            <input type="search" value={(*query).clone()} oninput={on_query}
                                placeholder="输入应用、账号或群组名称中的字" />
                        </label>
                    </div>
                }
                if rows.is_empty() { <p class="no-rows">{ "本条没有符合筛选条件的项目。" }</p> }
                <Pager window={window} list="本条题目(页首)" on_page={on_page.clone()} />
                { for rows[window.start..window.end].iter().map(|f| html! {
                    <key={row_id(&f.target.item, &f.target.asset)}>
                    <ItemRow pack={PackRef(pack)} on_answer={on_answer.clone()}
                        item={f.target.item.to_string()} asset={f.target.asset.to_string()}
                        asset_label={f.target.label.clone()}
                        answer={session.assessment.answer(&f.target.item, &f.target.asset).cloned()}
                        status={f.status} reasons={Rc::new(f.reasons.clone())}
                        today={session.assessment.profile.date.clone()}
                        batch_noun={batch_noun(&f.target.item, f.target.scope)} />
                    if f.provisional {
                        <ReviewMark item={f.target.item.to_string()} asset={f.target.asset.to_string()} label={f.target.label.clone()}
                            suggested={session.assessment.answer(&f.target.item, &f.target.asset).and_then(|a| a.suggested)}
                            noun={batch_noun(&f.target.item, f.target.scope).unwrap_or_default()} />
                    }
                    </>
                }) }
                <Pager window={window} list="本条题目(页尾)" on_page={on_page} />
                <nav class="article-nav no-print" aria-label="上一条和下一条">
                    { link(prev, "上一条") }
                    { match next { Some(_) => link(next, "下一条"),
                        None => html! { <a href={href(&Step::Result.route(&id))}>{ "查看结果" }</a> } } }
                </nav>
            </section>
            <Outline id={id.clone()} current={article.clone()} />
        </div>
    }
}
