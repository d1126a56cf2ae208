//! 粘贴名称批量添加: a disclosure with a textarea, one asset per pasted line.

use fingertip_core::inventory_edit::{parse_names, AssetKind};
use yew::prelude::*;

use super::input::{on_event, value_of};
use super::noun;

/// Props of [`BatchAdd`].
#[derive(Properties, PartialEq)]
pub struct BatchAddProps {
    /// Which list the names go to.
    pub kind: AssetKind,
    /// Called with the parsed, non-empty list of names.
    pub on_add: Callback<Vec<String>>,
}

/// The batch-add disclosure; reports how many were added in a status line.
#[component]
pub fn BatchAdd(props: &BatchAddProps) -> Html {
    let open = use_state(|| false);
    let text = use_state(String::new);
    let status = use_state(String::new);
    let panel_id = format!("inv-{}-paste", props.kind.prefix());
    let field_id = format!("{panel_id}-text");
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let oninput = on_event::<InputEvent, _>(&text.setter().to_callback(), value_of);
    let onclick = {
        let (text, status, on_add) = (text.clone(), status.setter(), props.on_add.clone());
        let noun = noun(props.kind);
        Callback::from(move |_: MouseEvent| {
            let names = parse_names(&text);
            if names.is_empty() {
                status.set("没有可添加的名称,请每行输入一个名称。".to_string());
                return;
            }
            status.set(format!("已添加 {} 个{noun}。", names.len()));
            text.set(String::new());
            on_add.emit(names);
        })
    };
    html! {
        <div class="batch-add">
            <button type="button" class="disclosure" aria-expanded={open.to_string()} aria-controls={panel_id.clone()} onclick={toggle}>
                { "粘贴名称批量添加" }
            </button>
            <div id={panel_id} class="batch-panel" hidden={!*open}>
                <div class="field">
                    <label for={field_id.clone()}>{ "每行一个名称" }</label>
                    <textarea id={field_id} rows="5" value={(*text).clone()} {oninput} />
                </div>
                <button type="button" {onclick}>{ "添加" }</button>
                <p class="status" role="status">{ &*status }</p>
            </div>
        </div>
    }
}
