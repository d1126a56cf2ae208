//! The handout's answer key, starting on a page of its own and split into whole A4 pages
//! (core's `key_pages`), each headed "第 i / N 页", so the trainer knows exactly how many
//! pages to leave out when printing for learners: each case's article, red-line call and the
//! first sentence of its explanation.

use std::rc::Rc;

use fingertip_core::training::{key_pages, Case};
use yew::prelude::*;

use super::article_name;
use crate::components::PackRef;

/// Props of [`HandoutKey`].
#[derive(Properties, PartialEq)]
pub struct HandoutKeyProps {
    /// The criteria pack.
    pub pack: PackRef,
    /// The cases of the handout, in order.
    pub cases: Rc<[&'static Case]>,
}

/// The answer key.
#[component]
pub fn HandoutKey(props: &HandoutKeyProps) -> Html {
    let pack = props.pack.0;
    let row = |c: &&Case| {
        html! {
            <tr>
                <th scope="row">{ c.id.clone() }</th>
                <td>{ article_name(pack, &c.article) }</td>
                <td>{ if c.red_line { "是" } else { "否" } }</td>
                <td>{ c.short_reason().to_string() }</td>
            </tr>
        }
    };
    let pages = key_pages(props.cases.len());
    let total = pages.len();
    let page = |(n, (from, len)): (usize, (usize, usize))| {
        let rows = props.cases.iter().skip(from).take(len);
        html! {
            <div class={classes!("handout-key-page", (n > 0).then_some("new-page"))}>
                <p class="handout-key-pages">{ format!("参考答案 第 {} / {total} 页", n + 1) }</p>
                <table class="handout-key-table">
                    <caption class="visually-hidden">{ format!("案例参考答案,第 {} / {total} 页", n + 1) }</caption>
                    <colgroup>
                        <col class="col-case" /><col class="col-article" /><col class="col-red" /><col class="col-why" />
                    </colgroup>
                    <thead><tr>
                        <th scope="col">{ "案例" }</th><th scope="col">{ "适用条文" }</th>
                        <th scope="col">{ "红线" }</th><th scope="col">{ "理由" }</th>
                    </tr></thead>
                    <tbody>{ for rows.map(row) }</tbody>
                </table>
            </div>
        }
    };
    html! {
        <section class="handout-section handout-key new-page" aria-labelledby="handout-key">
            <h2 id="handout-key">{ format!("三、参考答案(共 {total} 页)") }</h2>
            { for pages.into_iter().enumerate().map(page) }
        </section>
    }
}
