//! Page controls of a long list: 上一页, 下一页, a page picker and where the reader is. Drawn only
//! when the list has more than one page (see `fingertip_core::paging`).

use fingertip_core::paging::Window;
use yew::prelude::*;

use crate::components::inventory::input::{on_event, value_of};

/// Props of [`Pager`].
#[derive(Properties, PartialEq)]
pub struct PagerProps {
    /// The page shown.
    pub window: Window,
    /// What the list is, for the controls' names, e.g. "本条题目" or "应用".
    pub list: AttrValue,
    /// Called with the page to show.
    pub on_page: Callback<usize>,
}

/// The page controls, or nothing for a list of one page.
#[component]
pub fn Pager(props: &PagerProps) -> Html {
    let w = props.window;
    if !w.paged() {
        return Html::default();
    }
    let go = |page: usize| {
        let on_page = props.on_page.clone();
        Callback::from(move |_: MouseEvent| on_page.emit(page))
    };
    let on_pick = on_event(&props.on_page, |e: &Event| {
        value_of(e).and_then(|v| v.parse::<usize>().ok())
    });
    html! {
        <nav class="pager no-print" aria-label={format!("{}分页", props.list)}>
            <button type="button" onclick={go(w.page.saturating_sub(1))} disabled={w.page == 0}>{ "上一页" }</button>
            <label>
                { "跳到" }
                <select onchange={on_pick} aria-label={format!("{}:跳到第几页", props.list)}>
                    { for (0..w.pages).map(|p| html! {
                        <option value={p.to_string()} selected={p == w.page}>{ format!("第 {} 页", p + 1) }</option>
                    }) }
                </select>
            </label>
            <button type="button" onclick={go(w.page + 1)} disabled={w.page + 1 >= w.pages}>{ "下一页" }</button>
            <span class="pager-position" aria-live="polite">{ w.position() }</span>
        </nav>
    }
}
