//! The handover from the first-screen shell (`crate::shell`, its own small wasm) to the full app.
//!
//! The shell draws the start page while the full app loads, and records the last control pressed
//! meanwhile in [`PENDING_ATTR`] on its root (on pointer-down and Enter/Space already, so a press
//! that the handover splits in two is not lost). When the full app starts, [`begin`] reads that and
//! the focused control. Once the full app has drawn its page with the draft list filled in, the app
//! itself signals [`finish`] (an effect of `crate::app::AppProvider`, which runs after the whole
//! tree is in the document): the shell is told to tear down ([`RELEASE_SHELL`]), and the same
//! control in the full app's page is focused and pressed again, so nothing the user did during
//! loading is lost. The loader script that fetches the full app (`scripts/app-loader.mjs`) reports
//! a failed load with [`APP_FAILED`], which the shell shows. The browser side is
//! `crate::platform::takeover`.

use std::cell::RefCell;

use crate::platform::takeover;

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
pub enum Control {
    /// A button, by its `data-action` key.
    Action(String),
    /// A link, by its `href` (always `#/…`, which no action key starts with).
    Link(String),
}

impl Control {
    /// As stored in [`PENDING_ATTR`].
    pub fn key(&self) -> &str {
        match self {
            Self::Action(key) | Self::Link(key) => key,
        }
    }

    /// The control a [`PENDING_ATTR`] value names.
    pub fn from_key(key: String) -> Self {
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
    /// The control pressed during loading: focused and pressed again.
    pub pending: Option<Control>,
    /// The control focused during loading: focused again.
    pub focused: Option<Control>,
}

thread_local! {
    /// What [`begin`] read, until [`finish`] carries it out (once).
    static TAKEOVER: RefCell<Option<Takeover>> = const { RefCell::new(None) };
}

/// The `PENDING_ATTR` value for a press on `target` (a button or link of the start page, or
/// something inside one); `None` for anything else.
pub fn pending_key(target: &web_sys::Element) -> Option<String> {
    takeover::control_around(target).map(|c| c.key().to_string())
}

/// Whether the full app has started on this page.
pub fn full_app_running() -> bool {
    takeover::full_app_running()
}

/// Marks the full app as running and keeps what the shell recorded for [`finish`].
/// Must run before the full app mounts: mounting on `<body>` clears it, shell included.
pub fn begin() {
    let read = takeover::mark_running();
    TAKEOVER.with(|t| *t.borrow_mut() = Some(read));
}

/// Called by the full app once its page (draft list included) is in the document: removes the
/// shell, then focuses (and, if it was pressed, presses) the same control in the full app's page.
/// Does nothing when [`begin`] did not run or `finish` already ran.
pub fn finish() {
    let Some(read) = TAKEOVER.with(|t| t.borrow_mut().take()) else {
        return;
    };
    takeover::release_shell();
    if let Some(control) = read.pending.as_ref().or(read.focused.as_ref()) {
        takeover::focus_control(control, read.pending.is_some());
    }
}
