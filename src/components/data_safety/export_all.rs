//! "导出全部数据": one click downloads every stored draft, the open draft as on screen and every
//! quarantined entry in one backup file, then says what was exported.

use yew::prelude::*;

use crate::hooks::use_app;
use crate::platform::download::DownloadError;

/// `data-action` key of the export-all button (the first-screen shell replays it).
pub const EXPORT_ALL_ACTION: &str = "export-all";

/// Props of [`ExportAllView`].
#[derive(Properties, PartialEq)]
pub struct ExportAllViewProps {
    /// What the last export said: what was exported, or why it failed.
    #[prop_or_default]
    pub result: Option<Result<String, DownloadError>>,
    /// Pressed.
    pub onclick: Callback<MouseEvent>,
}

/// The export-all button and its result line, as markup only.
#[component]
pub fn ExportAllView(props: &ExportAllViewProps) -> Html {
    html! {
        <span class="export-all">
            <button type="button" data-action={EXPORT_ALL_ACTION} onclick={props.onclick.clone()}>{ "导出全部数据" }</button>
            { match &props.result {
                Some(Ok(said)) => html! { <span class="export-result" role="status">{ said.clone() }</span> },
                Some(Err(why)) => html! { <span class="export-result failed" role="alert">{ why.to_string() }</span> },
                None => Html::default(),
            } }
        </span>
    }
}

/// The export-all button with its result line, bound to the app.
#[component]
pub fn ExportAllButton() -> Html {
    let app = use_app();
    let result = use_state(|| None::<Result<String, DownloadError>>);
    let onclick = {
        let result = result.clone();
        Callback::from(move |_| result.set(Some(app.export_all())))
    };
    html! { <ExportAllView result={(*result).clone()} {onclick} /> }
}
