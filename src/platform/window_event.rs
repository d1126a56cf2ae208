//! Listening to events on `window` for as long as a value lives: dropping the [`WindowListener`]
//! removes the listener (so a component's effect cleanup, or the shell's teardown, unhooks it).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A registered `window` event listener; dropping it removes the listener.
pub struct WindowListener {
    event: &'static str,
    listener: Closure<dyn Fn(web_sys::Event)>,
}

impl Drop for WindowListener {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback(
                self.event,
                self.listener.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Calls `on_event` for every `event` on `window`; `None` when there is no window to listen on.
pub fn listen(
    event: &'static str,
    on_event: impl Fn(web_sys::Event) + 'static,
) -> Option<WindowListener> {
    let listener = Closure::<dyn Fn(web_sys::Event)>::new(on_event);
    web_sys::window()?
        .add_event_listener_with_callback(event, listener.as_ref().unchecked_ref())
        .ok()?;
    Some(WindowListener { event, listener })
}

/// Dispatches a plain event named `event` on `window` (how the full app and the shell signal).
pub fn dispatch(event: &str) {
    if let (Some(w), Ok(e)) = (web_sys::window(), web_sys::Event::new(event)) {
        let _ = w.dispatch_event(&e);
    }
}
