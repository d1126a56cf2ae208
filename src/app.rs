//! The root component: the router and the page frame.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::pages::{NotFoundPage, StartPage};
use crate::route::Route;

fn switch(route: Route) -> Html {
    match route {
        Route::Start => html! { <StartPage /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

/// The whole app.
#[component]
pub fn App() -> Html {
    html! {
        <HashRouter>
            <main id="main" class="page">
                <Switch<Route> render={switch} />
            </main>
        </HashRouter>
    }
}
