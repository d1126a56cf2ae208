//! The outline of parts and articles with progress and red-line markers; each article a link.

use fingertip_core::report::article_label;
use yew::prelude::*;

use crate::hooks::use_app;
use crate::route::{href, Route};

/// Props of [`Outline`].
#[derive(Properties, PartialEq)]
pub struct OutlineProps {
    /// Draft id.
    pub id: AttrValue,
    /// The article shown.
    pub current: AttrValue,
}

/// The outline.
#[component]
pub fn Outline(props: &OutlineProps) -> Html {
    let app = use_app();
    let Some(session) = app.session() else {
        return Html::default();
    };
    let pack = app.pack();
    let eval = &session.evaluation;
    let part_html = |part: &fingertip_core::pack::Part| {
        let articles = eval
            .articles
            .iter()
            .filter(|a| a.total > 0 && pack.article(&a.id).is_some_and(|x| x.part == part.id));
        let links: Vec<Html> = articles
            .map(|a| {
                let current = a.id == props.current.as_str();
                let route = Route::Article { id: props.id.to_string(), article: a.id.clone() };
                let red = a.counts.red_line;
                html! {
                    <li class={classes!(current.then_some("current"))}>
                        <a href={href(&route)} aria-current={current.then_some("page")}>
                            <span class="outline-title">{ article_label(&a.id, &a.title) }</span>
                            <span class="outline-progress">{ format!("{}/{}", a.answered, a.total) }</span>
                            if red > 0 { <span class="outline-red">{ format!("红线 {red}") }</span> }
                        </a>
                    </li>
                }
            })
            .collect();
        if links.is_empty() {
            return Html::default();
        }
        html! {
            <li>
                <span class="outline-part">{ format!("{} {}", part.id, part.title) }</span>
                <ul>{ for links }</ul>
            </li>
        }
    };
    html! {
        <nav class="outline no-print" aria-label="条目大纲">
            <p class="outline-total">{ format!("已答 {}%", eval.completion_percent) }</p>
            <ul>{ for pack.parts.iter().map(part_html) }</ul>
        </nav>
    }
}
