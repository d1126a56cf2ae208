//! `use_tab_watch()`: listens for other tabs writing this app's storage, for the provider.

use yew::prelude::*;

use crate::platform::storage;
use crate::platform::tabs::{self, TabChange};
use crate::state::{Action, AppState};

/// Reports another tab's save of the open draft (a conflict the user settles) and keeps the
/// draft list current. Uses only the dispatcher, which never changes, so the listener is
/// registered once; the reducer decides whether the changed draft is the open one.
#[hook]
pub fn use_tab_watch(dispatcher: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        let watch = tabs::watch(move |change| match change {
            TabChange::Draft(id) => {
                if let Some(updated) = storage::changed_elsewhere(&id) {
                    dispatcher.dispatch(Action::ChangedElsewhere { id, updated });
                }
            }
            TabChange::Index => {
                if let Ok(list) = storage::load_index() {
                    dispatcher.dispatch(Action::DraftsLoaded(list));
                }
            }
        });
        move || drop(watch)
    });
}
