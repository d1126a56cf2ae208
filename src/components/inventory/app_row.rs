//! One editable row of the 政务应用程序 table.

use fingertip_core::model::{App, AppAudience, AppForm, AppStatus, FilingStatus};
use yew::prelude::*;

use super::input::update;
use super::row_props::RowProps;
use super::{row_suffix, EnumField, RemoveButton, TextField};

/// Column headers, in the order the row renders its cells.
pub const APP_COLUMNS: &[&str] = &[
    "应用名称",
    "形式",
    "服务对象",
    "状态",
    "备案状态",
    "备案编号",
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
    let sfx = row_suffix(*row);
    let id = |field: &str| format!("{}-{field}", item.id);
    html! {
        <tr>
            <td><TextField id={id("name")} label={format!("应用名称{sfx}")} value={item.name.clone()}
                on_change={update(item, on_change, |a: &mut App, v| a.name = v)} /></td>
            <td><EnumField<AppForm> id={id("form")} label={format!("形式{sfx}")} value={item.form}
                on_change={update(item, on_change, |a: &mut App, v| a.form = v)} /></td>
            <td><EnumField<AppAudience> id={id("audience")} label={format!("服务对象{sfx}")} value={item.audience}
                on_change={update(item, on_change, |a: &mut App, v| a.audience = v)} /></td>
            <td><EnumField<AppStatus> id={id("status")} label={format!("状态{sfx}")} value={item.status}
                on_change={update(item, on_change, |a: &mut App, v| a.status = v)} /></td>
            <td><EnumField<FilingStatus> id={id("filing")} label={format!("备案状态{sfx}")} value={item.filing}
                on_change={update(item, on_change, |a: &mut App, v| a.filing = v)} /></td>
            <td><TextField id={id("filing-number")} label={format!("备案编号{sfx}")} value={item.filing_number.clone()}
                on_change={update(item, on_change, |a: &mut App, v| a.filing_number = v)} /></td>
            <td class="inv-row-actions">
                <RemoveButton id={item.id.clone()} name={item.name.clone()} label={format!("删除应用{sfx}")}
                    on_remove={on_remove.clone()} />
            </td>
        </tr>
    }
}
