//! The article browser's table of contents: parts, then their articles, each a link.

use yew::prelude::*;

use super::article_name;
use crate::components::PackRef;
use crate::route::{href, Route};

/// Props of [`ArticleIndex`].
#[derive(Properties, PartialEq)]
pub struct ArticleIndexProps {
    /// The criteria pack.
    pub pack: PackRef,
    /// The article shown, if any.
    #[prop_or_default]
    pub current: Option<AttrValue>,
}

/// The table of contents.
#[component]
pub fn ArticleIndex(props: &ArticleIndexProps) -> Html {
    let pack = props.pack.0;
    let current = props.current.as_deref();
    let part_html = |part: &fingertip_core::pack::Part| {
        let links: Vec<Html> = (pack.articles.iter())
            .filter(|a| a.part == part.id)
            .map(|a| {
                let here = current == Some(a.id.as_str());
                let route = Route::TrainingArticle {
                    article: a.id.clone(),
                };
                html! {
                    <li class={classes!(here.then_some("current"))}>
                        <a href={href(&route)} aria-current={here.then_some("page")}>
                            { article_name(pack, &a.id) }
                        </a>
                    </li>
                }
            })
            .collect();
        html! {
            <li>
                <span class="outline-part">{ format!("{} {}", part.id, part.title) }</span>
                <ul>{ for links }</ul>
            </li>
        }
    };
    html! {
        <nav class="outline article-index no-print" aria-label="条文目录">
            <ul>{ for pack.parts.iter().map(part_html) }</ul>
        </nav>
    }
}
