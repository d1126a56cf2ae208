//! A row's 删除 button with an inline 确认删除? confirm/cancel pair instead of a browser dialog.

use fingertip_core::inventory_edit::AssetKind;
use yew::prelude::*;

use super::heading_id;
use crate::hooks::use_confirm;
use crate::platform::focus::focus_id;

/// Props of [`RemoveButton`].
#[derive(Properties, PartialEq)]
pub struct RemoveButtonProps {
    /// Id of the asset the row shows.
    pub id: AttrValue,
    /// Its name, quoted in the question.
    pub name: AttrValue,
    /// Accessible name of the 删除 button, e.g. 删除应用(第1行).
    pub label: AttrValue,
    /// Called with the asset id once the user confirms.
    pub on_remove: Callback<String>,
}

/// 删除, then 确认删除 / 取消 in place.
#[component]
pub fn RemoveButton(props: &RemoveButtonProps) -> Html {
    let ask_id = format!("{}-remove", props.id);
    let cancel_id = format!("{}-cancel", props.id);
    let question_id = format!("{}-question", props.id);
    let c = use_confirm(ask_id.clone(), cancel_id.clone());
    let confirm = {
        let (id, on_remove) = (props.id.clone(), props.on_remove.clone());
        Callback::from(move |_: MouseEvent| {
            // Focus leaves the row before it disappears, to the section heading.
            if let Some(kind) = AssetKind::of_id(&id) {
                focus_id(&heading_id(kind));
            }
            on_remove.emit(id.to_string());
        })
    };
    if !c.asking {
        return html! {
            <button type="button" id={ask_id} class="remove" aria-label={&props.label} onclick={c.ask.reform(|_| ())}>
                { "删除" }
            </button>
        };
    }
    let onkeydown = {
        let cancel = c.cancel.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                cancel.emit(());
            }
        })
    };
    html! {
        <span class="confirm" {onkeydown}>
            <span id={question_id.clone()} class="confirm-question">
                { format!("确认删除“{}”?", props.name) }
            </span>
            <button type="button" class="danger" aria-describedby={question_id.clone()} onclick={confirm}>
                { "确认删除" }
            </button>
            <button type="button" id={cancel_id} aria-describedby={question_id} onclick={c.cancel.reform(|_| ())}>
                { "取消" }
            </button>
        </span>
    }
}
