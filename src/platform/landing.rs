//! Landing after a route change: the page title, then the scroll position and keyboard focus on
//! the new page's `h1` (or on a named row), so no navigation leaves the reader at the old scroll
//! position or with focus on `<body>`.

use wasm_bindgen::JsCast;

/// How many zero-delay turns [`land`] waits, at most, for a page that opens its draft first.
const MAX_TURNS: u32 = 40;

/// Sets `document.title`.
pub fn set_title(title: &str) {
    if let Some(doc) = gloo_utils::document_element().owner_document() {
        doc.set_title(title);
    }
}

/// Once the target is drawn: the element with id `target` is scrolled into view and focused;
/// without a target the page is scrolled to the top and its first `h1` in `main` is focused.
/// Gives up quietly after [`MAX_TURNS`] turns (a page with no heading keeps focus where it is).
pub fn land(target: Option<String>) {
    wasm_bindgen_futures::spawn_local(async move {
        for _ in 0..MAX_TURNS {
            if try_land(target.as_deref()) {
                return;
            }
            gloo_timers::future::TimeoutFuture::new(0).await;
        }
    });
}

fn try_land(target: Option<&str>) -> bool {
    let doc = gloo_utils::document();
    if let Some(id) = target {
        return super::focus::focus_id(id);
    }
    let Ok(Some(h1)) = doc.query_selector("main h1") else {
        return false;
    };
    let Ok(h1) = h1.dyn_into::<web_sys::HtmlElement>() else {
        return false;
    };
    gloo_utils::window().scroll_to_with_x_and_y(0.0, 0.0);
    if !h1.has_attribute("tabindex") {
        let _ = h1.set_attribute("tabindex", "-1");
    }
    let _ = h1.focus();
    true
}
