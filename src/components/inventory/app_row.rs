//! One editable row of the 政务应用程序 table.

use fingertip_core::edit::AppField;
use fingertip_core::inventory_edit::AssetKind;
use fingertip_core::model::{App, AppAudience, AppForm, AppRole, AppStatus, FilingStatus};
use yew::prelude::*;

use super::input::asset_field;
use super::row_props::{RowNames, RowProps};
use super::{default_name, EnumField, RemoveButton, TextField};

/// Column headers, in the order the row renders its cells.
pub const APP_COLUMNS: &[&str] = &[
    "应用名称",
    "本单位主办或仅使用",
    "形式",
    "服务对象",
    "状态",
    "备案状态",
    "备案编号",
    "同类应用(名称及主办单位)",
];

/// An app's attributes as inputs.
#[component]
pub fn AppRow(props: &RowProps<App>) -> Html {
    let RowProps {
        item,
        row,
        on_change,
        on_remove,
    } = props;
    let names = RowNames::new(&item.id, *row);
    html! {
        <tr>
            <td><TextField id={names.id("name")} label={names.label("应用名称")} placeholder={default_name(AssetKind::App)} value={item.name.clone()}
                on_change={asset_field(&item.id, on_change, AppField::Name)} /></td>
            <td>
                <EnumField<AppRole> id={names.id("role")} label={names.label("本单位主办或仅使用")} value={item.role}
                    on_change={asset_field(&item.id, on_change, AppField::Role)} />
                if item.role == AppRole::Used {
                    <TextField id={names.id("host-unit")} label={names.label("主办单位")} value={item.host_unit.clone()}
                        on_change={asset_field(&item.id, on_change, AppField::HostUnit)} />
                }
            </td>
            <td><EnumField<AppForm> id={names.id("form")} label={names.label("形式")} value={item.form}
                on_change={asset_field(&item.id, on_change, AppField::Form)} /></td>
            <td><EnumField<AppAudience> id={names.id("audience")} label={names.label("服务对象")} value={item.audience}
                on_change={asset_field(&item.id, on_change, AppField::Audience)} /></td>
            <td><EnumField<AppStatus> id={names.id("status")} label={names.label("状态")} value={item.status}
                on_change={asset_field(&item.id, on_change, AppField::Status)} /></td>
            <td><EnumField<FilingStatus> id={names.id("filing")} label={names.label("备案状态")} value={item.filing}
                on_change={asset_field(&item.id, on_change, AppField::Filing)} /></td>
            <td><TextField id={names.id("filing-number")} label={names.label("备案编号")} value={item.filing_number.clone()}
                on_change={asset_field(&item.id, on_change, AppField::FilingNumber)} /></td>
            <td><TextField id={names.id("same-kind")} label={names.label("同类应用")} value={item.same_kind.clone()}
                on_change={asset_field(&item.id, on_change, AppField::SameKind)} /></td>
            <td class="inv-row-actions">
                <RemoveButton id={item.id.to_string()} name={item.name.clone()} label={names.label("删除应用")}
                    on_remove={on_remove.clone()} />
            </td>
        </tr>
    }
}
