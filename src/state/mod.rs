//! The one app state and its typed actions. The reducer is a thin `match` over calls into
//! `fingertip-core`; it never touches storage (autosave is an effect in the provider).
//! Split mechanically: [`Session`] (session.rs), [`AppState`] and its parts (app_state.rs),
//! [`Action`] (action.rs), the reducer (reducer.rs).

mod action;
mod app_state;
mod reducer;
mod session;
mod shared;

pub use action::Action;
pub use app_state::{AppState, Conflict, Quarantine, SaveStatus};
pub use session::Session;
pub use shared::Shared;
