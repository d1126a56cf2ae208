//! Typed hooks over the app context.

mod use_app;

pub use use_app::{use_app, AppHandle};
