//! Citations as the questionnaire shows them: document short name and clause, then a
//! confidence tag (原文, 新闻概括, 地方口径, 良好实践).

use fingertip_core::pack::BasisRef;
use yew::prelude::*;

use super::PackRef;
use super::{confidence_class, Static};

/// Props of [`BasisTags`].
#[derive(Properties, PartialEq)]
pub struct BasisTagsProps {
    /// The criteria pack (for document names).
    pub pack: PackRef,
    /// The citations.
    pub basis: Static<[BasisRef]>,
}

/// A list of citations with confidence tags; nothing when there are none.
#[component]
pub fn BasisTags(props: &BasisTagsProps) -> Html {
    if props.basis.is_empty() {
        return Html::default();
    }
    let pack = props.pack;
    html! {
        <ul class="basis">
            { for props.basis.iter().map(|b| {
                let doc = pack.document(&b.document).map_or(b.document.clone(), |d| d.short.clone());
                html! {
                    <li>
                        { format!("{doc} {}", b.clause) }
                        <span class={classes!("conf-tag", confidence_class(b.confidence))}>
                            { b.confidence.label() }
                        </span>
                    </li>
                }
            }) }
        </ul>
    }
}
