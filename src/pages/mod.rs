//! One component per page or wizard step.

mod changes;
mod check_step;
#[cfg(feature = "full")]
pub mod compare;
#[cfg(feature = "full")]
pub mod compare_pick;
#[cfg(feature = "full")]
mod compare_view;
mod diagnostics;
mod draft_page;
#[cfg(not(feature = "full"))]
mod full_module;
mod inventory_step;
mod not_found;
mod open_file;
mod overlays;
mod report;
mod result_step;
#[cfg(feature = "full")]
mod rollup;
mod start;
pub mod start_view;
#[cfg(feature = "full")]
pub mod training;
mod unit_step;
#[cfg(feature = "full")]
mod verify;

pub use changes::ChangesPage;
pub use check_step::CheckStep;
pub use diagnostics::DiagnosticsPage;
pub use draft_page::DraftPage;
#[cfg(not(feature = "full"))]
pub use full_module::FullModulePage;
pub use inventory_step::InventoryStep;
pub use not_found::NotFoundPage;
pub use open_file::OpenPage;
pub use overlays::OverlaysPage;
pub use report::ReportPage;
pub use result_step::ResultStep;
#[cfg(feature = "full")]
pub use rollup::RollupPage;
pub use start::StartPage;
pub use unit_step::UnitStep;
#[cfg(feature = "full")]
pub use verify::VerifyPage;
