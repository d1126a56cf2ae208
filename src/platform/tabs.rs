//! Other tabs of this app: the browser's `storage` event fires here when another tab or window
//! writes localStorage, so a draft open here can warn before older data overwrites newer.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::storage;

/// What another tab changed.
#[derive(Debug, Clone, PartialEq)]
pub enum TabChange {
    /// Draft `id` was written or removed.
    Draft(String),
    /// The draft list changed (or all storage was cleared).
    Index,
}

/// A registered listener; dropping it removes the listener.
pub struct TabWatch {
    listener: Closure<dyn Fn(web_sys::StorageEvent)>,
}

impl Drop for TabWatch {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback(
                "storage",
                self.listener.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Calls `on_change` for every change another tab makes to this app's drafts or list.
pub fn watch(on_change: impl Fn(TabChange) + 'static) -> Option<TabWatch> {
    let listener =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
            match e.key() {
                None => on_change(TabChange::Index),
                Some(key) if storage::is_index_key(&key) => on_change(TabChange::Index),
                Some(key) => {
                    if let Some(id) = storage::draft_id_of(&key) {
                        on_change(TabChange::Draft(id.to_string()));
                    }
                }
            }
        });
    web_sys::window()?
        .add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref())
        .ok()?;
    Some(TabWatch { listener })
}
