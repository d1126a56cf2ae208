//! After every route change: a page-specific window title, and the view moved to the new page's
//! heading (or to the row a link names). One mechanism for every link, button and the step bar.

use fingertip_core::report::article_label;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::hooks::use_app;
use crate::platform::landing;
use crate::route::{page_title, Route};

/// Renders nothing; keeps the title and the landing in step with the route.
#[component]
pub fn RouteLanding() -> Html {
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let app = use_app();
    let pack = app.pack();
    let article = route
        .article()
        .and_then(|a| pack.article(a))
        .map(|a| article_label(&a.id, &a.title));
    let unit = route.draft().and_then(|id| {
        app.session()
            .filter(|s| s.assessment.id == id)
            .map(|s| s.assessment.profile.name.trim().to_string())
    });
    let title = page_title(route.page_name(), article.as_deref(), unit.as_deref());
    use_effect_with(title, |t| landing::set_title(t));
    // The first route is where the page was loaded: the browser (or the first screen's handover)
    // already placed focus; only a link to a row moves it then.
    let first = use_mut_ref(|| true);
    use_effect_with(route, move |route| {
        let was_first = std::mem::replace(&mut *first.borrow_mut(), false);
        let row = route.landing_row();
        if !was_first || row.is_some() {
            landing::land(row);
        }
    });
    Html::default()
}
