//! Printing: the only place that opens the browser's print dialog. Chromium places the
//! report's fixed per-page marks (the fingerprint footer, the 未完成 watermark) relative to the
//! scroll position, so printing always starts from the top of the page and scrolls back after.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;

/// The message shown when the dialog cannot be opened.
const FAILED: &str = "无法打开打印对话框。请使用浏览器菜单中的“打印”(或按 Ctrl+P)。";

/// The print dialog could not be opened (no window, or the browser refused).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{FAILED}")]
pub struct PrintError;

/// Opens the print dialog for the current page, scrolled to its top.
pub fn print() -> Result<(), PrintError> {
    let window = web_sys::window().ok_or(PrintError)?;
    window.scroll_to_with_x_and_y(0.0, 0.0);
    window.print().map_err(|_| PrintError)
}

/// Registered `beforeprint`/`afterprint` listeners; dropping it removes them.
pub struct PrintFromTop {
    _before: EventListener,
    _after: EventListener,
}

/// Makes every print of this page (also Ctrl+P or the browser menu) start from the top, and
/// restores the reader's scroll position afterwards. `None` when the window is unavailable.
pub fn print_from_top() -> Option<PrintFromTop> {
    let window = web_sys::window()?;
    let saved = Rc::new(Cell::new(0.0));
    let before = {
        let (w, saved) = (window.clone(), saved.clone());
        EventListener::new(&window, "beforeprint", move |_| {
            saved.set(w.scroll_y().unwrap_or(0.0));
            w.scroll_to_with_x_and_y(0.0, 0.0);
        })
    };
    let after = {
        let w = window.clone();
        EventListener::new(&window, "afterprint", move |_| {
            w.scroll_to_with_x_and_y(0.0, saved.get())
        })
    };
    Some(PrintFromTop {
        _before: before,
        _after: after,
    })
}
