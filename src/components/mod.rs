//! Reusable components: the step bar, save status, answer inputs, item rows, outline, help.

pub mod answer;
mod basis_tags;
pub mod data_safety;
mod draft_list;
mod draft_table;
mod finalised_banner;
mod help_panel;
pub mod inventory;
mod item_row;
mod outline;
mod pack_ref;
mod params_editor;
mod problem_list;
mod row_filter;
mod save_status;
mod static_ref;
mod status_counts;
mod step_bar;
mod text_size;
pub mod training;

pub use basis_tags::BasisTags;
pub use draft_list::DraftList;
pub use draft_table::{action as draft_action, DraftTable};
pub use finalised_banner::FinalisedBanner;
pub use help_panel::{confidence_class, HelpPanel};
pub use item_row::ItemRow;
pub use outline::Outline;
pub use pack_ref::PackRef;
pub use params_editor::ParamsEditor;
pub use problem_list::ProblemList;
pub use row_filter::RowFilterBar;
pub use save_status::SaveStatusLine;
pub use static_ref::Static;
pub use status_counts::StatusCounts;
pub use step_bar::StepBar;
pub use text_size::{TextSizeButton, TextSizeToggle, TEXT_SIZE_ACTION};
