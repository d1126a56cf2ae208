//! "导出全部数据": one click downloads every stored draft, the open draft as on screen and every
//! quarantined entry in one backup file, then says what was exported.

use yew::prelude::*;

use crate::hooks::use_app;

/// The export-all button with its result line.
#[component]
pub fn ExportAllButton() -> Html {
    let app = use_app();
    let result = use_state(|| None::<Result<String, String>>);
    let onclick = {
        let result = result.clone();
        Callback::from(move |_| result.set(Some(app.export_all())))
    };
    html! {
        <span class="export-all">
            <button type="button" {onclick}>{ "导出全部数据" }</button>
            { match &*result {
                Some(Ok(said)) => html! { <span class="export-result" role="status">{ said.clone() }</span> },
                Some(Err(why)) => html! { <span class="export-result failed" role="alert">{ why.clone() }</span> },
                None => Html::default(),
            } }
        </span>
    }
}
