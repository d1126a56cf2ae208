//! Shown for an unknown hash route, with a way back.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

/// The not-found page.
#[component]
pub fn NotFoundPage() -> Html {
    html! {
        <section aria-labelledby="nf-title">
            <h1 id="nf-title">{ "找不到这个页面" }</h1>
            <p>{ "链接可能已过期或输入有误。" }</p>
            <Link<Route> to={Route::Start}>{ "返回首页" }</Link<Route>>
        </section>
    }
}
