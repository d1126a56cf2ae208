//! 跳到正文 and the page's one `<main>`: the skip link is the first tab stop of every page and
//! lands on the main heading; the storage and conflict banners sit at the top of `main`.

use yew::prelude::*;

use crate::components::data_safety::{ConflictBanner, StorageBanner};
use crate::platform::landing;

/// The skip link. Hash routing owns the URL fragment, so the link moves focus itself.
#[component]
pub fn SkipLink() -> Html {
    let onclick = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        landing::land(None);
    });
    html! { <a class="skip-link" href="#main" {onclick}>{ "跳到正文" }</a> }
}

/// Props of [`PageMain`].
#[derive(Properties, PartialEq)]
pub struct PageMainProps {
    /// The page.
    pub children: Html,
}

/// The `<main>` landmark of a page, with the banners that concern the whole app.
#[component]
pub fn PageMain(props: &PageMainProps) -> Html {
    html! {
        <main id="main" class="page-main" tabindex="-1">
            <StorageBanner />
            <ConflictBanner />
            { props.children.clone() }
        </main>
    }
}
