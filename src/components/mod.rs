//! Reusable components: the step bar, save status, answer inputs, item rows, outline, help.

pub mod answer;
mod help_panel;
mod item_row;
mod outline;
mod save_status;
mod step_bar;
mod text_size;

pub use help_panel::HelpPanel;
pub use item_row::ItemRow;
pub use outline::Outline;
pub use save_status::SaveStatusLine;
pub use step_bar::StepBar;
pub use text_size::TextSizeToggle;
