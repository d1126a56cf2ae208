//! One component per page or wizard step.

mod changes;
mod check_step;
pub mod compare;
pub mod compare_pick;
mod compare_view;
mod diagnostics;
mod draft_page;
mod inventory_step;
mod not_found;
mod open_file;
mod overlays;
mod report;
mod result_step;
mod rollup;
mod start;
pub mod start_view;
pub mod training;
mod unit_step;
mod verify;

pub use changes::ChangesPage;
pub use check_step::CheckStep;
pub use diagnostics::DiagnosticsPage;
pub use draft_page::DraftPage;
pub use inventory_step::InventoryStep;
pub use not_found::NotFoundPage;
pub use open_file::OpenPage;
pub use overlays::OverlaysPage;
pub use report::ReportPage;
pub use result_step::ResultStep;
pub use rollup::RollupPage;
pub use start::StartPage;
pub use unit_step::UnitStep;
pub use verify::VerifyPage;
