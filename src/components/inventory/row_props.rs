//! The props every inventory row takes, whatever the asset kind: the asset, its row number and
//! the change/remove callbacks.

use yew::prelude::*;

/// Props of an inventory row for an asset of type `T` (an app, account or group).
#[derive(Properties, PartialEq)]
pub struct RowProps<T: PartialEq + 'static> {
    /// The asset.
    pub item: T,
    /// 1-based row number, part of every label.
    pub row: usize,
    /// Called with the changed asset.
    pub on_change: Callback<T>,
    /// Called with the asset's id once removal is confirmed.
    pub on_remove: Callback<String>,
}
