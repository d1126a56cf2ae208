//! The handout's answer key, on a page of its own: each case's article, red-line call and the
//! first sentence of its explanation.

use fingertip_core::training::{Case, Training};
use yew::prelude::*;

use super::{article_name, Static};
use crate::components::PackRef;

/// Props of [`HandoutKey`].
#[derive(Properties, PartialEq)]
pub struct HandoutKeyProps {
    /// The criteria pack.
    pub pack: PackRef,
    /// The training content.
    pub training: Static<Training>,
}

/// The answer key.
#[component]
pub fn HandoutKey(props: &HandoutKeyProps) -> Html {
    let pack = props.pack.0;
    let row = |c: &Case| {
        html! {
            <tr>
                <th scope="row">{ c.id.clone() }</th>
                <td>{ article_name(pack, &c.article) }</td>
                <td>{ if c.red_line { "是" } else { "否" } }</td>
                <td>{ c.short_reason().to_string() }</td>
            </tr>
        }
    };
    html! {
        <section class="handout-section handout-key new-page" aria-labelledby="handout-key">
            <h2 id="handout-key">{ "三、参考答案" }</h2>
            <table class="handout-key-table">
                <caption class="visually-hidden">{ "案例参考答案" }</caption>
                <colgroup>
                    <col class="col-case" /><col class="col-article" /><col class="col-red" /><col class="col-why" />
                </colgroup>
                <thead><tr>
                    <th scope="col">{ "案例" }</th><th scope="col">{ "适用条文" }</th>
                    <th scope="col">{ "红线" }</th><th scope="col">{ "理由" }</th>
                </tr></thead>
                <tbody>{ for props.training.cases.iter().map(row) }</tbody>
            </table>
        </section>
    }
}
