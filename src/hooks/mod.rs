//! Typed hooks over the app context.

mod use_answer_setter;
mod use_app;

pub use use_answer_setter::{use_answer_setter, AnswerChange};
pub use use_app::{use_app, AppHandle};
