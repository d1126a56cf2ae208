//! Other tabs of this app: the browser's `storage` event fires here when another tab or window
//! writes localStorage, so a draft open here can warn before older data overwrites newer.

use wasm_bindgen::JsCast;

use super::storage;
use super::window_event::{listen, WindowListener};

/// What another tab changed.
#[derive(Debug, Clone, PartialEq)]
pub enum TabChange {
    /// Draft `id` was written or removed.
    Draft(String),
    /// The draft list changed (or all storage was cleared).
    Index,
}

/// Calls `on_change` for every change another tab makes to this app's drafts or list.
pub fn watch(on_change: impl Fn(TabChange) + 'static) -> Option<WindowListener> {
    listen("storage", move |e| {
        if let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() {
            match e.key() {
                None => on_change(TabChange::Index),
                Some(key) if storage::is_index_key(&key) => on_change(TabChange::Index),
                Some(key) => {
                    if let Some(id) = storage::draft_id_of(&key) {
                        on_change(TabChange::Draft(id.to_string()));
                    }
                }
            }
        }
    })
}
