//! The first screen's browser side (see `crate::shell`): its root element at the end of `<body>`,
//! and the presses it records for the full app.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

use crate::handover::{pending_key, PENDING_ATTR, SHELL_ROOT_ID};

/// Appends the empty `<div id="shell-root">` the shell renders into; `None` without a page.
pub fn mount_root() -> Option<web_sys::Element> {
    let doc = web_sys::window()?.document()?;
    let root = doc.create_element("div").ok()?;
    root.set_id(SHELL_ROOT_ID);
    doc.body()?.append_child(&root).ok()?;
    Some(root)
}

/// The press listeners on the shell's root; dropping it removes them.
pub struct PressRecorder {
    _listeners: [EventListener; 2],
}

/// Records a control as pressed as soon as the press starts (pointer down, Enter or Space down),
/// in the capture phase: if the full app takes over before the press ends, the shell's click
/// never comes.
pub fn record_presses(root: &web_sys::Element) -> PressRecorder {
    let listen = |event: &'static str| {
        EventListener::new_with_options(
            root,
            event,
            EventListenerOptions::run_in_capture_phase(),
            on_press,
        )
    };
    PressRecorder {
        _listeners: [listen("pointerdown"), listen("keydown")],
    }
}

fn on_press(e: &web_sys::Event) {
    let starts_press = match e.dyn_ref::<web_sys::KeyboardEvent>() {
        Some(k) => matches!(k.key().as_str(), "Enter" | " "),
        None => true,
    };
    let target = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    if let Some(key) = target
        .filter(|_| starts_press)
        .and_then(|t| pending_key(&t))
    {
        record_pending(&key);
    }
}

/// Records `key` on the shell's root as the control to press again once the full app runs.
pub fn record_pending(key: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(SHELL_ROOT_ID))
    {
        let _ = root.set_attribute(PENDING_ATTR, key);
    }
}
