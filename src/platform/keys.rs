//! Document-level key listening, for pages driven by a keyboard or a presentation clicker
//! (presenter mode). The listener lives as long as the returned guard.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

/// A registered `keydown` listener on the document; dropping it removes the listener.
pub struct KeyListener {
    target: web_sys::Document,
    callback: Closure<dyn Fn(KeyboardEvent)>,
}

impl Drop for KeyListener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback("keydown", self.callback.as_ref().unchecked_ref());
    }
}

/// Calls `handler` for every key pressed anywhere in the page, until the guard is dropped.
/// `None` when there is no document or the listener cannot be added.
pub fn on_document_keydown(handler: impl Fn(&KeyboardEvent) + 'static) -> Option<KeyListener> {
    let target = web_sys::window()?.document()?;
    let callback = Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| handler(&e));
    target
        .add_event_listener_with_callback("keydown", callback.as_ref().unchecked_ref())
        .ok()?;
    Some(KeyListener { target, callback })
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
