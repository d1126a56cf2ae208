//! Which of the app's two wasm modules a page needs, and moving to the full one (a reload: the
//! loader in index.html picks the module by the address, see scripts/app-loader.mjs).

/// `sessionStorage` key: the address the unit module last reloaded for. Seeing it again on the
/// same address means the reload did not bring the full module, so it is not tried twice.
const SWITCH_KEY: &str = "fingertip:module-switch";

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Reloads the page so that the loader starts the full module for the current address (the caller
/// writes pending changes first). `false` when that was tried already for this address (the reload
/// came back to the unit module): then nothing happens and the caller says so.
pub fn switch_to_full() -> bool {
    let hash = super::browser::location_hash();
    if let Some(s) = session() {
        if s.get_item(SWITCH_KEY).ok().flatten().as_deref() == Some(hash.as_str()) {
            let _ = s.remove_item(SWITCH_KEY);
            return false;
        }
        // Without sessionStorage there is no guard; the reload is still the way to the page.
        let _ = s.set_item(SWITCH_KEY, &hash);
    }
    super::browser::reload();
    true
}

/// A module has started on a page it can draw: a later switch is a new attempt.
pub fn started() {
    if let Some(s) = session() {
        let _ = s.remove_item(SWITCH_KEY);
    }
}

thread_local! {
    static ON_RESTORE: std::cell::RefCell<Option<super::window_event::WindowListener>> =
        const { std::cell::RefCell::new(None) };
}

/// Reloads the page when the browser brings it back from its back-forward cache. Moving between
/// the two modules makes a new document, so "back" can restore the other module's frozen page,
/// whose drafts in memory may be older than what was saved since; a reload reads them again.
pub fn reload_when_restored() {
    let listener = super::window_event::listen("pageshow", |e| {
        let persisted = js_sys::Reflect::get(e, &wasm_bindgen::JsValue::from_str("persisted"))
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        if persisted {
            super::browser::reload();
        }
    });
    ON_RESTORE.with(|l| *l.borrow_mut() = listener);
}
