//! Document-level key listening, for pages driven by a keyboard or a presentation clicker
//! (presenter mode). The listener lives as long as the returned guard.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

/// A registered `keydown` listener on the document; dropping it removes the listener.
pub struct KeyListener {
    _listener: EventListener,
}

/// Calls `handler` for every key pressed anywhere in the page, until the guard is dropped.
/// `None` when there is no document.
pub fn on_document_keydown(handler: impl Fn(&KeyboardEvent) + 'static) -> Option<KeyListener> {
    let target = web_sys::window()?.document()?;
    let listener = EventListener::new(&target, "keydown", move |e| {
        if let Some(key) = e.dyn_ref::<KeyboardEvent>() {
            handler(key);
        }
    });
    Some(KeyListener {
        _listener: listener,
    })
}

/// Whether the key event comes from a control that acts on Enter or Space itself (a button,
/// link, input or select), so a page-wide shortcut must leave those two keys alone.
pub fn from_control(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(
                el.tag_name().to_ascii_lowercase().as_str(),
                "button" | "a" | "input" | "select" | "textarea" | "summary"
            )
        })
}
