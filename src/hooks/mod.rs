//! Typed hooks over the app context.

pub mod autosave;
mod data_safety;
mod finalise;
mod import;
mod use_answer_field;
mod use_app;
mod use_confirm;
mod use_progressive;
mod use_report;
mod use_tab_watch;

pub use import::RestoreReport;
pub use use_answer_field::{use_answer_field, FieldChange};
pub use use_app::{draft_at_start, use_app, AppHandle};
pub use use_confirm::{use_confirm, Confirm};
pub use use_progressive::{use_first_draw_in_turns, use_progressive, SLICE_ROWS};
pub use use_report::use_report;
pub use use_tab_watch::use_tab_watch;
