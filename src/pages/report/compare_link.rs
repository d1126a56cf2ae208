//! 与上一次自查对比: the report's link to the compare page (which lives in the full module).

use yew::prelude::*;
use yew_router::prelude::*;

use crate::hooks::use_app;
use crate::route::Route;

/// 与上一次自查对比: a link on the report page when the open draft has a predecessor.
#[component]
pub fn CompareLink() -> Html {
    let app = use_app();
    let Some(session) = app.session() else {
        return Html::default();
    };
    let a = &session.assessment;
    let Some(p) = &a.predecessor else {
        return Html::default();
    };
    let to = Route::Compare {
        before: p.id.to_string(),
        after: a.id.to_string(),
    };
    html! {
        <p class="compare-link no-print">
            <Link<Route> {to}>{ format!("与上一次自查({})对比", p.date) }</Link<Route>>
            { " · " }
            <Link<Route> to={Route::ComparePick}>{ "与其他自查或存档文件对比…" }</Link<Route>>
        </p>
    }
}
