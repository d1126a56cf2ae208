//! "已保存 hh:mm:ss" in a live region, or the save failure, so screen readers hear both.

use yew::prelude::*;

use crate::hooks::use_app;
use crate::state::SaveStatus;

/// The save status line.
#[component]
pub fn SaveStatusLine() -> Html {
    let app = use_app();
    let (class, text) = match &app.state().save {
        SaveStatus::Idle => ("save-status", AttrValue::from("自动保存已开启")),
        SaveStatus::Saved(at) => ("save-status ok", AttrValue::from(format!("已保存 {at}"))),
        SaveStatus::Failed(msg) => ("save-status failed", msg.clone()),
    };
    html! { <p class={class} role="status" aria-live="polite">{ text }</p> }
}
