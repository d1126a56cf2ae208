//! 培训学习: the training hub. The ways in (articles, case practice, presenter mode, handout)
//! and the practice self-checks, kept apart from real drafts.

use fingertip_core::training::embedded_training;
use yew::prelude::*;

use crate::components::training::{PracticeDrafts, TrainingHeader};
use crate::hooks::use_app;
use crate::route::{href, Route};

/// One way in: a link with a line on what it is for.
fn card(route: Route, title: &str, line: &str) -> Html {
    html! {
        <li>
            <h2><a href={href(&route)}>{ title.to_string() }</a></h2>
            <p>{ line.to_string() }</p>
        </li>
    }
}

/// The training hub.
#[component]
pub fn TrainingHubPage() -> Html {
    let app = use_app();
    let (guides, cases) = embedded_training().map_or((0, 0), |t| (t.guides.len(), t.cases.len()));
    let selection = use_memo((), |()| super::picked_cases().0);
    html! {
        <>
            <TrainingHeader hub={true} />
            <section class="training-hub" aria-labelledby="training-title">
                <h1 id="training-title">{ "培训学习" }</h1>
                <p class="lead">
                    { "学习《关于防治“指尖上的形式主义”的若干意见》的各条要求,用案例练习判断适用条文和红线问题,\
                       再用练习草稿熟悉自查流程。培训内容与正式自查分开,练习不影响本单位的自查草稿。" }
                </p>
                <p class="pack-line">{ format!("条文讲解 {guides} 条 · 练习案例 {cases} 个 · 本次培训用{}", selection.describe(super::all_cases())) }</p>
                if let Some(notice) = app.state().notice.clone() {
                    <p class="notice" role="alert">{ notice }</p>
                }
                <ul class="cards">
                    { card(Route::TrainingArticles, "条文学习", "按部分逐条学习:要求、讲解、常见问题、合规的样子和相关规定。") }
                    { card(Route::TrainingCases, "案例练习", "一次一题,判断适用哪一条、是否属于红线问题,提交后看解析和得分。") }
                    { card(Route::TrainingPresent, "投影讲解", "培训现场投影用:大字、高对比,一屏一个案例,可用翻页笔。") }
                    { card(Route::TrainingHandout, "打印讲义", "条文要点、案例练习题(不含答案)和另页的参考答案。") }
                    { card(Route::TrainingSelect, "选择案例", "按条文或逐个挑选本次培训用的案例;案例练习、投影讲解和讲义都只用选中的案例。") }
                </ul>
            </section>
            <PracticeDrafts />
        </>
    }
}
