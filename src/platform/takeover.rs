//! The handover's browser side (see `crate::handover`): marking the page as taken over, reading
//! what the shell recorded, removing the shell, and focusing or pressing a control of the full app.

use wasm_bindgen::JsCast;

use crate::handover::{Control, Takeover, APP_MARK, PENDING_ATTR, RELEASE_SHELL, SHELL_ROOT_ID};

use super::window_event;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The start-page control `el` is in (a button by its `data-action`, a link by its `href`).
pub fn control_around(el: &web_sys::Element) -> Option<Control> {
    let el = el.closest("[data-action], a[href]").ok()??;
    match el.get_attribute("data-action") {
        Some(key) => Some(Control::Action(key)),
        None => el.get_attribute("href").map(Control::Link),
    }
}

/// Whether the full app has started on this page.
pub fn full_app_running() -> bool {
    document()
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.has_attribute(APP_MARK))
}

/// Marks the full app as running and reads what the shell recorded (nothing if there is no shell).
pub fn mark_running() -> Takeover {
    let Some(doc) = document() else {
        return Takeover::default();
    };
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute(APP_MARK, "");
    }
    let Some(shell) = doc.get_element_by_id(SHELL_ROOT_ID) else {
        return Takeover::default();
    };
    let focused = doc
        .active_element()
        .filter(|el| shell.contains(Some(el)))
        .and_then(|el| control_around(&el));
    Takeover {
        pending: shell.get_attribute(PENDING_ATTR).map(Control::from_key),
        focused,
    }
}

/// Tells the shell to tear down and removes its root.
pub fn release_shell() {
    window_event::dispatch(RELEASE_SHELL);
    if let Some(shell) = document().and_then(|d| d.get_element_by_id(SHELL_ROOT_ID)) {
        shell.remove();
    }
}

/// Focuses the full app's element for `control` and, when `press`, clicks it; `false` when the
/// page has no such control.
pub fn focus_control(control: &Control, press: bool) -> bool {
    let Some(el) = document().and_then(|doc| find(&doc, control)) else {
        return false;
    };
    let _ = el.focus();
    if press {
        el.click();
    }
    true
}

fn find(doc: &web_sys::Document, control: &Control) -> Option<web_sys::HtmlElement> {
    let (selector, attr, value) = match control {
        Control::Action(key) => ("[data-action]", "data-action", key),
        Control::Link(href) => ("a[href]", "href", href),
    };
    let list = doc.query_selector_all(selector).ok()?;
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|el| el.get_attribute(attr).as_deref() == Some(value.as_str()))
}
