//! One article for learners: what the pack says it requires, the guide's explanation, typical
//! problems, what compliance looks like, related later rules, and the items that check it.

use std::rc::Rc;

use fingertip_core::training::ArticleGuide;
use yew::prelude::*;

use super::{article_name, BasisTags, ItemList, Static};
use crate::components::PackRef;

/// Props of [`ArticleDetail`].
#[derive(Properties, PartialEq)]
pub struct ArticleDetailProps {
    /// The criteria pack.
    pub pack: PackRef,
    /// Article id.
    pub article: AttrValue,
    /// The article's guide, when the training content has one.
    #[prop_or_default]
    pub guide: Option<Static<ArticleGuide>>,
}

/// A bulleted list under a small heading; nothing when empty.
fn bullets(title: &str, lines: &[String]) -> Html {
    if lines.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h3>{ title.to_string() }</h3>
            <ul>{ for lines.iter().map(|l| html! { <li>{ l.clone() }</li> }) }</ul>
        </>
    }
}

/// The article's page body; a short note for an unknown id.
#[component]
pub fn ArticleDetail(props: &ArticleDetailProps) -> Html {
    let pack = props.pack.0;
    let Some(article) = pack.article(&props.article) else {
        return html! { <p role="alert">{ "找不到这一条。请从条文目录中选择。" }</p> };
    };
    let items: Rc<Vec<&'static str>> = Rc::new(
        pack.items_of_article(&article.id)
            .map(|i| i.id.as_str())
            .collect(),
    );
    let doc = pack
        .document(&article.document)
        .map_or("", |d| d.short.as_str());
    let related =
        |g: &'static ArticleGuide| {
            g.related.iter().map(move |r| html! {
            <li>
                <p>{ r.text.clone() }</p>
                <BasisTags pack={props.pack} basis={Static(std::slice::from_ref(&r.basis))} />
            </li>
        })
        };
    html! {
        <article class="article-detail" aria-labelledby="article-title">
            <h1 id="article-title" tabindex="-1">{ article_name(pack, &article.id) }</h1>
            <p class="article-source">{ doc }</p>
            <p class="article-summary">{ article.summary.clone() }</p>
            if let Some(Static(g)) = props.guide {
                <h2>{ "讲解" }</h2>
                <p>{ g.explanation.clone() }</p>
                { bullets("常见问题", &g.typical_problems) }
                { bullets("合规的样子", &g.compliance) }
                if !g.related.is_empty() {
                    <h3>{ "相关规定" }</h3>
                    <ul class="related-rules">{ for related(g) }</ul>
                }
            }
            if !items.is_empty() {
                <h2>{ "问卷中检查这一条的题目" }</h2>
                <ItemList pack={props.pack} {items} />
            }
        </article>
    }
}
