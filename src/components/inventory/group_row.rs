//! One editable row of the 工作群组 table.

use fingertip_core::model::{Group, GroupKind};
use yew::prelude::*;

use super::input::update;
use super::row_props::RowProps;
use super::{row_suffix, CheckField, EnumField, RemoveButton, TextField};

/// Column headers, in the order the row renders its cells.
pub const GROUP_COLUMNS: &[&str] = &[
    "群组平台",
    "群组名称",
    "用途",
    "类型",
    "任务已结束",
    "群主",
    "成员数",
];

fn set_kind(g: &mut Group, kind: GroupKind) {
    g.kind = kind;
    // "Task ended" only means something for a temporary group; a standing one never carries it.
    if kind == GroupKind::Standing {
        g.task_ended = false;
    }
}

fn set_members(g: &mut Group, text: String) {
    // Anything that is not a whole number (blank, negative, too large) keeps the previous count.
    if let Ok(n) = text.trim().parse() {
        g.members = n;
    }
}

/// A work group's attributes as inputs.
#[component]
pub fn GroupRow(props: &RowProps<Group>) -> Html {
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
            <td><TextField id={id("platform")} label={format!("群组平台{sfx}")} value={item.platform.clone()}
                on_change={update(item, on_change, |g: &mut Group, v| g.platform = v)} /></td>
            <td><TextField id={id("name")} label={format!("群组名称{sfx}")} value={item.name.clone()}
                on_change={update(item, on_change, |g: &mut Group, v| g.name = v)} /></td>
            <td><TextField id={id("purpose")} label={format!("用途{sfx}")} value={item.purpose.clone()}
                on_change={update(item, on_change, |g: &mut Group, v| g.purpose = v)} /></td>
            <td><EnumField<GroupKind> id={id("kind")} label={format!("类型{sfx}")} value={item.kind}
                on_change={update(item, on_change, set_kind)} /></td>
            <td>
                if item.kind == GroupKind::Temporary {
                    <CheckField id={id("ended")} label={format!("任务已结束{sfx}")} checked={item.task_ended}
                        on_change={update(item, on_change, |g: &mut Group, v| g.task_ended = v)} />
                } else {
                    <span class="not-applicable">{ "常设群不适用" }</span>
                }
            </td>
            <td><TextField id={id("owner")} label={format!("群主{sfx}")} value={item.owner.clone()}
                on_change={update(item, on_change, |g: &mut Group, v| g.owner = v)} /></td>
            <td><TextField id={id("members")} kind="number" label={format!("成员数{sfx}")}
                value={item.members.to_string()} on_change={update(item, on_change, set_members)} /></td>
            <td class="inv-row-actions">
                <RemoveButton id={item.id.clone()} name={item.name.clone()} label={format!("删除工作群组{sfx}")}
                    on_remove={on_remove.clone()} />
            </td>
        </tr>
    }
}
