//! Printing: the only place that opens the browser's print dialog. Chromium places the
//! report's fixed per-page marks (the fingerprint footer, the 未完成 watermark) relative to the
//! scroll position, so printing always starts from the top of the page and scrolls back after.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The message shown when the dialog cannot be opened.
const FAILED: &str = "无法打开打印对话框。请使用浏览器菜单中的“打印”(或按 Ctrl+P)。";

/// Opens the print dialog for the current page, scrolled to its top; returns a Chinese message
/// on failure.
pub fn print() -> Result<(), String> {
    let window = web_sys::window().ok_or_else(|| FAILED.to_string())?;
    window.scroll_to_with_x_and_y(0.0, 0.0);
    window.print().map_err(|_| FAILED.to_string())
}

/// Registered `beforeprint`/`afterprint` listeners; dropping it removes them.
pub struct PrintFromTop {
    before: Closure<dyn Fn()>,
    after: Closure<dyn Fn()>,
}

impl Drop for PrintFromTop {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback(
                "beforeprint",
                self.before.as_ref().unchecked_ref(),
            );
            let _ = w.remove_event_listener_with_callback(
                "afterprint",
                self.after.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Makes every print of this page (also Ctrl+P or the browser menu) start from the top, and
/// restores the reader's scroll position afterwards. `None` when the window is unavailable.
pub fn print_from_top() -> Option<PrintFromTop> {
    let window = web_sys::window()?;
    let saved = Rc::new(Cell::new(0.0));
    let before = {
        let (window, saved) = (window.clone(), saved.clone());
        Closure::<dyn Fn()>::new(move || {
            saved.set(window.scroll_y().unwrap_or(0.0));
            window.scroll_to_with_x_and_y(0.0, 0.0);
        })
    };
    let after = {
        let window = window.clone();
        Closure::<dyn Fn()>::new(move || window.scroll_to_with_x_and_y(0.0, saved.get()))
    };
    // Built first, so a failed registration below drops it and removes what was added.
    let guard = PrintFromTop { before, after };
    for (event, listener) in [("beforeprint", &guard.before), ("afterprint", &guard.after)] {
        window
            .add_event_listener_with_callback(event, listener.as_ref().unchecked_ref())
            .ok()?;
    }
    Some(guard)
}
