//! One editable row of the 工作群组 table.

use fingertip_core::edit::GroupField;
use fingertip_core::inventory_edit::AssetKind;
use fingertip_core::model::{Group, GroupKind};
use yew::prelude::*;

use super::input::asset_field;
use super::row_props::{RowNames, RowProps};
use super::{default_name, CheckField, EnumField, RemoveButton, TextField};

/// Column headers, in the order the row renders its cells.
pub const GROUP_COLUMNS: &[&str] = &[
    "群组平台",
    "群组名称",
    "用途",
    "类型",
    "任务已结束",
    "任务结束日期",
    "群主",
    "成员数",
];

/// A work group's attributes as inputs.
#[component]
pub fn GroupRow(props: &RowProps<Group>) -> Html {
    let RowProps {
        item,
        row,
        on_change,
        on_remove,
    } = props;
    let names = RowNames::new(&item.id, *row);
    html! {
        <tr>
            <td><TextField id={names.id("platform")} label={names.label("群组平台")} value={item.platform.clone()}
                on_change={asset_field(&item.id, on_change, GroupField::Platform)} /></td>
            <td><TextField id={names.id("name")} label={names.label("群组名称")} placeholder={default_name(AssetKind::Group)} value={item.name.clone()}
                on_change={asset_field(&item.id, on_change, GroupField::Name)} /></td>
            <td><TextField id={names.id("purpose")} label={names.label("用途")} value={item.purpose.clone()}
                on_change={asset_field(&item.id, on_change, GroupField::Purpose)} /></td>
            <td><EnumField<GroupKind> id={names.id("kind")} label={names.label("类型")} value={item.kind}
                on_change={asset_field(&item.id, on_change, GroupField::Kind)} /></td>
            <td>
                if item.kind == GroupKind::Temporary {
                    <CheckField id={names.id("ended")} label={names.label("任务已结束")} checked={item.task_ended}
                        on_change={asset_field(&item.id, on_change, GroupField::TaskEnded)} />
                } else {
                    <span class="not-applicable">{ "常设群不适用" }</span>
                }
            </td>
            <td>
                if item.kind == GroupKind::Temporary {
                    <TextField id={names.id("task-end")} kind="date" label={names.label("任务结束日期")}
                        value={item.task_end.clone()}
                        on_change={asset_field(&item.id, on_change, GroupField::TaskEnd)} />
                } else {
                    <span class="not-applicable">{ "常设群不适用" }</span>
                }
            </td>
            <td><TextField id={names.id("owner")} label={names.label("群主")} value={item.owner.clone()}
                on_change={asset_field(&item.id, on_change, GroupField::Owner)} /></td>
            <td><TextField id={names.id("members")} kind="number" label={names.label("成员数")}
                value={item.members.to_string()} on_change={asset_field(&item.id, on_change, GroupField::Members)} /></td>
            <td class="inv-row-actions">
                <RemoveButton id={item.id.to_string()} name={item.name.clone()} label={names.label("删除工作群组")}
                    on_remove={on_remove.clone()} />
            </td>
        </tr>
    }
}
