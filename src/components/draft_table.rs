//! The draft table as markup only: rows, the delete confirmation, and what each button reports.
//! [`super::DraftList`] drives it from the app state; the first-screen shell shows it from the
//! stored index before the full app has loaded (its buttons carry `data-action` keys for replay).

use std::rc::Rc;

use fingertip_core::draft::DraftSummary;
use yew::prelude::*;

use super::draft_rename::DraftRename;
use crate::platform::clock::local_date_time;
use crate::route::{href, Step};

/// `data-action` keys (and element ids) of the draft table's buttons.
pub mod action {
    /// 删除 (asks for confirmation).
    pub fn delete(id: &str) -> String {
        format!("delete:{id}")
    }
    /// 确认删除.
    pub fn confirm_delete(id: &str) -> String {
        format!("confirm-delete:{id}")
    }
    /// 取消.
    pub fn cancel_delete(id: &str) -> String {
        format!("cancel-delete:{id}")
    }
    /// 重命名 (opens the name field).
    pub fn rename(id: &str) -> String {
        format!("rename:{id}")
    }
}

/// Props of [`DraftTable`].
#[derive(Properties, PartialEq)]
pub struct DraftTableProps {
    /// The drafts to list, in order.
    pub drafts: Rc<[DraftSummary]>,
    /// 培训练习 drafts (the training hub) rather than real ones (the start page): title and wording.
    #[prop_or_default]
    pub practice: bool,
    /// The draft whose deletion is being confirmed.
    #[prop_or_default]
    pub confirming: Option<AttrValue>,
    /// 删除 pressed on a draft (its id).
    pub on_ask: Callback<String>,
    /// 取消 pressed.
    pub on_cancel: Callback<()>,
    /// 确认删除 pressed (the draft's id).
    pub on_delete: Callback<String>,
    /// The draft whose name field is open.
    #[prop_or_default]
    pub renaming: Option<AttrValue>,
    /// 重命名 pressed on a draft (its id).
    pub on_rename_ask: Callback<String>,
    /// The name was changed: (id, as typed).
    #[prop_or_default]
    pub on_rename: Callback<(String, String)>,
    /// The name field was closed.
    #[prop_or_default]
    pub on_rename_close: Callback<()>,
}

/// "导入 · 2026-12-01 10:00" — where a draft came from, for the list.
fn origin_line(d: &DraftSummary) -> Option<String> {
    d.origin
        .as_ref()
        .map(|o| format!("{} · {}", o.describe(), local_date_time(o.at())))
}

/// The draft table, or a short line when there are none.
#[component]
pub fn DraftTable(props: &DraftTableProps) -> Html {
    let (title_id, title, empty) = if props.practice {
        (
            "practice-drafts-title",
            "培训练习草稿",
            "还没有培训练习草稿。",
        )
    } else {
        (
            "drafts-title",
            "继续自查",
            "本浏览器中还没有保存的自查草稿。",
        )
    };
    let row = |d: &DraftSummary| {
        let asking = props.confirming.as_deref() == Some(d.id.as_str());
        let renaming = props.renaming.as_deref() == Some(d.id.as_str());
        let with_id = |cb: &Callback<String>| {
            let (cb, id) = (cb.clone(), d.id.to_string());
            Callback::from(move |_: MouseEvent| cb.emit(id.clone()))
        };
        let cancel = props.on_cancel.reform(|_: MouseEvent| ());
        let on_cancel = props.on_cancel.clone();
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                on_cancel.emit(());
            }
        });
        html! {
            <tr>
                <th scope="row">
                    if let Some(found) = d.newer_format {
                        { d.unit.clone() }
                        <span class="draft-note">{ format!("由更新版本的指尖自查保存(格式版本 {found}),当前版本无法打开;已原样保留,请用新版本打开或导出全部数据备份。") }</span>
                    } else {
                        <a href={href(&Step::of(d.next_step).route(&d.id))}>{ d.label().to_string() }</a>
                    }
                    if !d.title.is_empty() {
                        <span class="draft-note">{ format!("单位:{}", d.unit) }</span>
                    }
                    if let Some(line) = origin_line(d) {
                        <span class="draft-note draft-origin">{ line }</span>
                    }
                    if renaming {
                        <DraftRename id={d.id.to_string()} title={d.title.clone()} unit={d.unit.clone()}
                            on_save={props.on_rename.clone()} on_close={props.on_rename_close.clone()} />
                    }
                </th>
                <td data-label="目的">{ d.purpose.label() }</td>
                <td data-label="最后保存">{ local_date_time(&d.updated) }</td>
                <td data-label="进度">{ if d.newer_format.is_some() { "—".to_string() } else { format!("{}%", d.progress) } }</td>
                <td data-label="红线" class={classes!((d.red_lines > 0).then_some("has-red"))}>{ d.red_lines }</td>
                <td class="row-actions" onkeydown={asking.then_some(onkeydown)}>
                    if asking {
                        <span role="alert">{ format!("确认删除“{}”?删除后无法恢复。", d.label()) }</span>
                        <button type="button" class="danger" id={action::confirm_delete(&d.id)} data-action={action::confirm_delete(&d.id)}
                            onclick={with_id(&props.on_delete)}>{ "确认删除" }</button>
                        <button type="button" data-action={action::cancel_delete(&d.id)} onclick={cancel}>{ "取消" }</button>
                    } else {
                        if d.newer_format.is_none() && !renaming {
                            <button type="button" id={action::rename(&d.id)} data-action={action::rename(&d.id)} onclick={with_id(&props.on_rename_ask)}
                                aria-label={format!("重命名 {}", d.label())}>{ "重命名" }</button>
                        }
                        <button type="button" id={action::delete(&d.id)} data-action={action::delete(&d.id)} onclick={with_id(&props.on_ask)}
                            aria-label={format!("删除 {}", d.label())}>{ "删除" }</button>
                    }
                </td>
            </tr>
        }
    };
    html! {
        <section class="drafts" aria-labelledby={title_id}>
            <h2 id={title_id}>{ title }</h2>
            if props.drafts.is_empty() {
                <p>{ empty }</p>
            } else {
                <table class="draft-table">
                    <thead><tr>
                        <th scope="col">{ "草稿(单位)" }</th><th scope="col">{ "目的" }</th><th scope="col">{ "最后保存" }</th>
                        <th scope="col">{ "进度" }</th><th scope="col">{ "红线" }</th><th scope="col">{ "操作" }</th>
                    </tr></thead>
                    <tbody>{ for props.drafts.iter().map(row) }</tbody>
                </table>
            }
        </section>
    }
}
