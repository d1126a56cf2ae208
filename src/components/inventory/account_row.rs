//! One editable row of the 政务公众账号 table.

use fingertip_core::edit::AccountField;
use fingertip_core::inventory_edit::AssetKind;
use fingertip_core::model::Account;
use yew::prelude::*;

use super::input::asset_field;
use super::row_props::{RowNames, RowProps};
use super::{default_name, RemoveButton, TextField};

/// Column headers, in the order the row renders its cells.
pub const ACCOUNT_COLUMNS: &[&str] = &["账号平台", "账号名称", "最近发布日期", "开通日期"];

/// A public account's attributes as inputs.
#[component]
pub fn AccountRow(props: &RowProps<Account>) -> Html {
    let RowProps {
        item,
        row,
        on_change,
        on_remove,
    } = props;
    let names = RowNames::new(&item.id, *row);
    html! {
        <tr>
            <td><TextField id={names.id("platform")} label={names.label("账号平台")} value={item.platform.clone()}
                on_change={asset_field(&item.id, on_change, AccountField::Platform)} /></td>
            <td><TextField id={names.id("name")} label={names.label("账号名称")} placeholder={default_name(AssetKind::Account)} value={item.name.clone()}
                on_change={asset_field(&item.id, on_change, AccountField::Name)} /></td>
            <td><TextField id={names.id("last-update")} kind="date" label={names.label("最近发布日期")}
                value={item.last_update.clone()}
                on_change={asset_field(&item.id, on_change, AccountField::LastUpdate)} /></td>
            <td><TextField id={names.id("opened")} kind="date" label={names.label("开通日期")}
                value={item.opened.clone()}
                on_change={asset_field(&item.id, on_change, AccountField::Opened)} /></td>
            <td class="inv-row-actions">
                <RemoveButton id={item.id.to_string()} name={item.name.clone()} label={names.label("删除公众账号")}
                    on_remove={on_remove.clone()} />
            </td>
        </tr>
    }
}
