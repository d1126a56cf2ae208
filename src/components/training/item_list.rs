//! The questionnaire items that check an article or a case: id and question.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::PackRef;

/// Props of [`ItemList`].
#[derive(Properties, PartialEq)]
pub struct ItemListProps {
    /// The criteria pack.
    pub pack: PackRef,
    /// Item ids, in the order to show; unknown ids are skipped.
    pub items: Rc<Vec<&'static str>>,
}

/// The items as a list; nothing when none resolve.
#[component]
pub fn ItemList(props: &ItemListProps) -> Html {
    let rows: Vec<Html> = props
        .items
        .iter()
        .filter_map(|id| props.pack.0.item(id))
        .map(|item| {
            html! {
                <li>
                    <span class="item-id">{ item.id.clone() }</span>{ " " }
                    <span class="item-question">{ item.question.clone() }</span>
                </li>
            }
        })
        .collect();
    if rows.is_empty() {
        return Html::default();
    }
    html! { <ul class="training-items">{ for rows }</ul> }
}
