//! A row's 删除 button with an inline 确认删除? confirm/cancel pair instead of a browser dialog.

use fingertip_core::inventory_edit::AssetKind;
use yew::prelude::*;

use super::heading_id;
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

/// Where the confirmation is; `Cancelled` differs from `Idle` only in where focus goes.
#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Idle,
    Asking,
    Cancelled,
}

/// 删除, then 确认删除 / 取消 in place.
#[component]
pub fn RemoveButton(props: &RemoveButtonProps) -> Html {
    let phase = use_state(|| Phase::Idle);
    let ask_id = format!("{}-remove", props.id);
    let cancel_id = format!("{}-cancel", props.id);
    let question_id = format!("{}-question", props.id);
    {
        let (ask_id, cancel_id) = (ask_id.clone(), cancel_id.clone());
        use_effect_with(*phase, move |phase| match phase {
            Phase::Asking => drop(focus_id(&cancel_id)),
            Phase::Cancelled => drop(focus_id(&ask_id)),
            Phase::Idle => {}
        });
    }
    let go = |next: Phase| {
        let phase = phase.setter();
        Callback::from(move |_: MouseEvent| phase.set(next))
    };
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
    if *phase != Phase::Asking {
        return html! {
            <button type="button" id={ask_id} class="remove" aria-label={&props.label} onclick={go(Phase::Asking)}>
                { "删除" }
            </button>
        };
    }
    let onkeydown = {
        let phase = phase.setter();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                phase.set(Phase::Cancelled);
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
            <button type="button" id={cancel_id} aria-describedby={question_id} onclick={go(Phase::Cancelled)}>
                { "取消" }
            </button>
        </span>
    }
}
