//! 条文学习: the article browser — parts and articles on the side, one article's guide in the
//! main column, with links to the previous and next article.

use fingertip_core::training::embedded_training;
use yew::prelude::*;

use crate::components::training::{
    article_name, ArticleDetail, ArticleIndex, Static, TrainingHeader,
};
use crate::components::PackRef;
use crate::hooks::use_app;
use crate::platform::focus::focus_id;
use crate::route::{href, Route};

/// Props of [`TrainingArticlesPage`].
#[derive(Properties, PartialEq)]
pub struct TrainingArticlesPageProps {
    /// The article shown; the index's introduction when absent.
    #[prop_or_default]
    pub article: Option<AttrValue>,
}

/// The article browser.
#[component]
pub fn TrainingArticlesPage(props: &TrainingArticlesPageProps) -> Html {
    let app = use_app();
    let pack = app.pack();
    use_effect_with(props.article.clone(), |article| {
        if article.is_some() {
            focus_id("article-title");
        }
    });
    let guide = props
        .article
        .as_ref()
        .and_then(|id| embedded_training().and_then(|t| t.guide(id)).map(Static));
    let at = (props.article.as_ref())
        .and_then(|id| pack.articles.iter().position(|a| a.id == id.as_str()));
    let neighbour = |i: Option<usize>, rel: &'static str, label: &'static str| {
        i.and_then(|i| pack.articles.get(i)).map(|a| {
            let route = Route::TrainingArticle { article: a.id.clone() };
            html! { <a href={href(&route)} {rel}>{ format!("{label}:{}", article_name(pack, &a.id)) }</a> }
        })
    };
    let prev = neighbour(at.and_then(|i| i.checked_sub(1)), "prev", "上一条");
    let next = neighbour(at.map(|i| i + 1), "next", "下一条");
    html! {
        <>
            <TrainingHeader />
            <div class="check-layout training-articles">
                <ArticleIndex pack={PackRef(pack)} current={props.article.clone()} />
                <div class="check-main">
                    if let Some(article) = props.article.clone() {
                        <ArticleDetail pack={PackRef(pack)} {article} {guide} />
                        <nav class="article-nav" aria-label="上一条和下一条">
                            { prev.unwrap_or_default() }{ next.unwrap_or_default() }
                        </nav>
                    } else {
                        <h1>{ "条文学习" }</h1>
                        <p class="lead">{ "从左侧目录选择一条。每条包括:问卷对这一条要求的概括、讲解、常见问题、合规的样子、\
                            后续文件的相关规定(标明依据和可信程度),以及问卷中检查这一条的题目。" }</p>
                        { neighbour(Some(0), "next", "从第一条开始").unwrap_or_default() }
                    }
                </div>
            </div>
        </>
    }
}
