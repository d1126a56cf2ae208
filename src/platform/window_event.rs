//! Listening to events on `window` for as long as a value lives: dropping the [`WindowListener`]
//! removes the listener (so a component's effect cleanup, or the shell's teardown, unhooks it).

use gloo_events::EventListener;

/// A registered `window` event listener; dropping it removes the listener.
pub struct WindowListener {
    _listener: EventListener,
}

/// Calls `on_event` for every `event` on `window`; `None` when there is no window to listen on.
pub fn listen(
    event: &'static str,
    on_event: impl Fn(&web_sys::Event) + 'static,
) -> Option<WindowListener> {
    let window = web_sys::window()?;
    Some(WindowListener {
        _listener: EventListener::new(&window, event, on_event),
    })
}

/// Dispatches a plain event named `event` on `window` (how the full app and the shell signal).
pub fn dispatch(event: &str) {
    if let (Some(w), Ok(e)) = (web_sys::window(), web_sys::Event::new(event)) {
        let _ = w.dispatch_event(&e);
    }
}
