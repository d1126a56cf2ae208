//! The props every inventory row takes, whatever the asset kind: the asset, its row number and
//! the change/remove callbacks.

use fingertip_core::edit::Edit;
use yew::prelude::*;

/// Props of an inventory row for an asset of type `T` (an app, account or group).
#[derive(Properties, PartialEq)]
pub struct RowProps<T: PartialEq + 'static> {
    /// The asset.
    pub item: T,
    /// 1-based row number, part of every label.
    pub row: usize,
    /// Called with the intent of one changed field ([`Edit::AssetField`]).
    pub on_change: Callback<Edit>,
    /// Called with the asset's id once removal is confirmed.
    pub on_remove: Callback<String>,
}

/// Element ids and labels of one row's fields, e.g. `app-1-name` and 应用名称(第1行): every label
/// names its row so screen readers and tests can tell rows apart.
pub struct RowNames {
    asset_id: String,
    suffix: String,
}

impl RowNames {
    /// Names for the row of asset `asset_id` at 1-based position `row`.
    pub fn new(asset_id: &str, row: usize) -> Self {
        RowNames {
            asset_id: asset_id.to_string(),
            suffix: format!("(第{row}行)"),
        }
    }

    /// The element id of `field`.
    pub fn id(&self, field: &str) -> String {
        format!("{}-{field}", self.asset_id)
    }

    /// The label `text` with the row number.
    pub fn label(&self, text: &str) -> String {
        format!("{text}{}", self.suffix)
    }
}
