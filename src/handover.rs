//! The handover from the first-screen shell (`crate::shell`, its own small wasm) to the full app.
//!
//! The shell draws the start page while the full app loads, and records the last control pressed
//! meanwhile in [`PENDING_ATTR`] on its root (on pointer-down and Enter/Space already, so a press
//! that the handover splits in two is not lost). When the full app starts it reads that and the focused
//! element, renders, tells the shell to tear down ([`RELEASE_SHELL`]), then focuses the same control
//! in its own page and presses it again: nothing the user did during loading is lost.
//! The loader script that fetches the full app (`scripts/app-loader.mjs`) reports a failed load with
//! [`APP_FAILED`], which the shell shows.

use wasm_bindgen::JsCast;

use crate::platform::window_event;

/// Id of the element the shell renders into.
pub const SHELL_ROOT_ID: &str = "shell-root";
/// Attribute of the shell root: the `data-action` key of the last button pressed in the shell.
pub const PENDING_ATTR: &str = "data-pending-action";
/// Event the full app dispatches on `window` once it has rendered: the shell tears down.
pub const RELEASE_SHELL: &str = "fingertip:release-shell";
/// Event the loader script dispatches on `window` when the full app could not be loaded.
pub const APP_FAILED: &str = "fingertip:app-failed";
/// Attribute on `<html>` while the full app runs (a shell that starts late then stays out).
pub const APP_MARK: &str = "data-fingertip-app";

/// A control of the start page, the same in the shell and the full app.
#[derive(Debug, Clone, PartialEq)]
enum Control {
    /// A button, by its `data-action` key.
    Action(String),
    /// A link, by its `href` (always `#/…`, which no action key starts with).
    Link(String),
}

impl Control {
    /// The control `el` is in, if any.
    fn around(el: &web_sys::Element) -> Option<Self> {
        let el = el.closest("[data-action], a[href]").ok()??;
        match el.get_attribute("data-action") {
            Some(key) => Some(Self::Action(key)),
            None => el.get_attribute("href").map(Self::Link),
        }
    }

    /// As stored in [`PENDING_ATTR`].
    fn key(&self) -> &str {
        match self {
            Self::Action(key) | Self::Link(key) => key,
        }
    }

    fn from_key(key: String) -> Self {
        if key.starts_with('#') {
            Self::Link(key)
        } else {
            Self::Action(key)
        }
    }
}

/// What the full app takes over from the shell.
#[derive(Debug, Default)]
pub struct Takeover {
    pending: Option<Control>,
    focused: Option<Control>,
}

/// The `PENDING_ATTR` value for a press on `target` (a button or link of the start page, or
/// something inside one); `None` for anything else.
pub fn pending_key(target: &web_sys::Element) -> Option<String> {
    Control::around(target).map(|c| c.key().to_string())
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Whether the full app has started on this page.
pub fn full_app_running() -> bool {
    document()
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.has_attribute(APP_MARK))
}

/// Marks the full app as running and reads what the shell recorded (nothing if there is no shell).
/// Must run before the full app mounts: mounting on `<body>` clears it, shell included.
pub fn begin() -> Takeover {
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
        .and_then(|el| Control::around(&el));
    Takeover {
        pending: shell.get_attribute(PENDING_ATTR).map(Control::from_key),
        focused,
    }
}

/// How many turns of the event loop [`finish`] waits, at most, for the full app's page and then for
/// the pressed control in it (the draft list fills in from an effect after the first render).
const MAX_TURNS: u32 = 100;

/// Once the full app's page is in the document (Yew renders in a microtask, and may yield to the
/// browser between tasks): removes the shell, then focuses (and, if it was pressed, presses) the
/// same control in the full app's page.
pub fn finish(takeover: Takeover) {
    wasm_bindgen_futures::spawn_local(async move {
        let Some(doc) = document() else { return };
        let mut turns = 0;
        while !full_page_rendered(&doc) && turns < MAX_TURNS {
            next_turn().await;
            turns += 1;
        }
        window_event::dispatch(RELEASE_SHELL);
        if let Some(shell) = doc.get_element_by_id(SHELL_ROOT_ID) {
            shell.remove();
        }
        let Some(control) = takeover.pending.as_ref().or(takeover.focused.as_ref()) else {
            return;
        };
        let mut turns = 0;
        let el = loop {
            match find(&doc, control) {
                Some(el) => break el,
                None if turns < MAX_TURNS => next_turn().await,
                None => return,
            }
            turns += 1;
        };
        let _ = el.focus();
        if takeover.pending.is_some() {
            el.click();
        }
    });
}

/// Whether the full app has drawn its page: a `<main>` outside the shell's root.
fn full_page_rendered(doc: &web_sys::Document) -> bool {
    let shell = doc.get_element_by_id(SHELL_ROOT_ID);
    let Ok(mains) = doc.query_selector_all("main") else {
        return false;
    };
    (0..mains.length())
        .filter_map(|i| mains.item(i))
        .any(|main| !shell.as_ref().is_some_and(|s| s.contains(Some(&main))))
}

/// Resolves on the next turn of the event loop (a zero-delay timeout).
async fn next_turn() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The full app's element for `control`.
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
