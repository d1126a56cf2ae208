//! The inline 重命名 form of a draft-list row: a name field (blank: the list shows the unit) that
//! saves as you type, like every text field of the app, and 完成 (or Enter, or Esc) to close it.
//! The typed text is kept in the form, so a re-render from the saved line never resets it.

use crate::components::inventory::input::value_of;
use fingertip_core::model::TITLE_MAX_CHARS;
use yew::prelude::*;

/// Element id of the name field of draft `id` (focused when the form opens).
pub fn rename_field_id(id: &str) -> String {
    format!("rename-{id}")
}

/// Props of [`DraftRename`].
#[derive(Properties, PartialEq)]
pub struct DraftRenameProps {
    /// The draft's id.
    pub id: AttrValue,
    /// Its current name (empty: none).
    pub title: AttrValue,
    /// The unit, shown as the placeholder (what a blank name falls back to).
    pub unit: AttrValue,
    /// Every change of the name: (id, the name as typed).
    pub on_save: Callback<(String, String)>,
    /// 完成, Enter or Esc.
    pub on_close: Callback<()>,
}

/// The rename form.
#[component]
pub fn DraftRename(props: &DraftRenameProps) -> Html {
    let typed = use_state(|| props.title.to_string());
    let field = rename_field_id(&props.id);
    let oninput = {
        let (typed, id, save) = (typed.clone(), props.id.to_string(), props.on_save.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(value) = value_of(e.as_ref()) {
                typed.set(value.clone());
                save.emit((id.clone(), value));
            }
        })
    };
    let onsubmit = {
        let close = props.on_close.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            close.emit(());
        })
    };
    let onkeydown = {
        let close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                close.emit(());
            }
        })
    };
    html! {
        <form class="draft-rename" {onsubmit} {onkeydown}>
            <label for={field.clone()}>{ "草稿名称" }</label>
            <input id={field} type="text" value={(*typed).clone()} {oninput}
                maxlength={TITLE_MAX_CHARS.to_string()} placeholder={props.unit.clone()}
                aria-describedby={format!("rename-hint-{}", props.id)} />
            <span class="hint" id={format!("rename-hint-{}", props.id)}>
                { format!("输入即保存。最多 {TITLE_MAX_CHARS} 个字;留空则显示单位名称。名称只用于草稿列表,不改变报告内容。") }
            </span>
            <button type="submit">{ "完成" }</button>
        </form>
    }
}
