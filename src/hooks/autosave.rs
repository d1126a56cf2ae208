//! When autosave writes. A small draft is written at once, in the task of the change (a few
//! milliseconds). A large one (its last write took longer than [`AT_ONCE_MS`]; hundreds of assets
//! make megabytes) is written after the screen shows the change: a keystroke or click repaints
//! first and the draft is written in the task after that frame (`tick::after_paint`); changes made
//! before that write are written once, at their latest. Leaving or hiding the page writes a
//! pending change at once, so a reload in mid-typing loses nothing.

use std::cell::{Cell, RefCell};

use yew::platform::spawn_local;

use super::AppHandle;
use crate::platform::tick::{after_paint, now_ms};
use crate::platform::window_event::{listen, WindowListener};

/// A draft whose last write took at most this long (one frame at 60 Hz) is written in the task of
/// the change; a longer write would hold the frame back by more than the frame it would then wait.
pub const AT_ONCE_MS: f64 = 16.0;

thread_local! {
    /// How long the last write took.
    static LAST_WRITE_MS: Cell<f64> = const { Cell::new(0.0) };
    /// The handle of the latest change not yet written (its state is the draft to write).
    static PENDING: RefCell<Option<AppHandle>> = const { RefCell::new(None) };
    /// Writes the pending change when the page is hidden or left; registered on first use.
    static ON_LEAVE: RefCell<Vec<WindowListener>> = const { RefCell::new(Vec::new()) };
}

/// Writes the open draft of `handle`: now when writes are quick, else once the screen has been painted.
pub fn schedule(handle: AppHandle) {
    if LAST_WRITE_MS.with(Cell::get) <= AT_ONCE_MS && PENDING.with(|p| p.borrow().is_none()) {
        write(&handle);
        return;
    }
    let first = PENDING.with(|p| p.replace(Some(handle)).is_none());
    ON_LEAVE.with(|l| {
        let mut l = l.borrow_mut();
        if l.is_empty() {
            l.extend(listen("pagehide", |_| flush()));
            l.extend(listen("visibilitychange", |_| flush()));
        }
    });
    if first {
        spawn_local(async {
            after_paint().await;
            flush();
        });
    }
}

/// Writes the pending change now, if there is one.
pub fn flush() {
    if let Some(handle) = PENDING.with(|p| p.borrow_mut().take()) {
        write(&handle);
    }
}

fn write(handle: &AppHandle) {
    let start = now_ms();
    handle.save_open_draft();
    LAST_WRITE_MS.with(|t| t.set(now_ms() - start));
}
