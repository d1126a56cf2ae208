//! The handout's first section: every article, compactly, with the pack's summary and the
//! guide's explanation, grouped by part.

use fingertip_core::pack::{Article, Part};
use fingertip_core::training::Training;
use yew::prelude::*;

use super::{article_name, Static};
use crate::components::PackRef;

/// Props of [`HandoutArticles`].
#[derive(Properties, PartialEq)]
pub struct HandoutArticlesProps {
    /// The criteria pack.
    pub pack: PackRef,
    /// The training content.
    pub training: Static<Training>,
}

/// The article summaries.
#[component]
pub fn HandoutArticles(props: &HandoutArticlesProps) -> Html {
    let (pack, training) = (props.pack.0, props.training.0);
    let article = |a: &Article| {
        let guide = training.guides.iter().find(|g| g.article == a.id);
        html! {
            <div class="handout-article keep">
                <h4>{ article_name(pack, &a.id) }</h4>
                <p>{ a.summary.clone() }</p>
                if let Some(g) = guide {
                    <p class="handout-explanation">{ g.explanation.clone() }</p>
                }
            </div>
        }
    };
    let part = |p: &Part| {
        html! {
            <>
                <h3>{ format!("{} {}", p.id, p.title) }</h3>
                { for pack.articles.iter().filter(|a| a.part == p.id).map(article) }
            </>
        }
    };
    html! {
        <section class="handout-section" aria-labelledby="handout-articles">
            <h2 id="handout-articles">{ "一、条文要点" }</h2>
            { for pack.parts.iter().map(part) }
        </section>
    }
}
