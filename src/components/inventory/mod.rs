//! The inventory step's parts: labelled fields, editable rows per asset kind, a section frame with
//! add and batch-add, and the inline delete confirmation. Loaded by `pages/inventory_step.rs`.

mod account_row;
mod app_row;
mod batch_add;
mod check_field;
mod enum_field;
mod group_row;
pub mod input;
mod remove_button;
mod row_props;
mod section;
mod text_field;

pub use account_row::{AccountRow, ACCOUNT_COLUMNS};
pub use app_row::{AppRow, APP_COLUMNS};
pub use batch_add::BatchAdd;
pub use check_field::CheckField;
pub use enum_field::EnumField;
pub use group_row::{GroupRow, GROUP_COLUMNS};
pub use remove_button::RemoveButton;
pub use section::AssetSection;
pub use text_field::TextField;

use fingertip_core::inventory_edit::AssetKind;

/// Short noun for one asset of `kind`, used in button names and messages.
pub fn noun(kind: AssetKind) -> &'static str {
    match kind {
        AssetKind::App => "应用",
        AssetKind::Account => "公众账号",
        AssetKind::Group => "工作群组",
    }
}

/// Placeholder of the name field of an asset of `kind` (a new row starts with an empty name).
pub fn default_name(kind: AssetKind) -> &'static str {
    match kind {
        AssetKind::App => "未命名应用",
        AssetKind::Account => "未命名账号",
        AssetKind::Group => "未命名群组",
    }
}

/// Id of a section's heading, the focus target after a row is removed.
pub fn heading_id(kind: AssetKind) -> String {
    format!("inv-{}-heading", kind.prefix())
}
