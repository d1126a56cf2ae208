//! The two-tab warning: another tab or window saved the draft open here. Autosave holds off
//! (older data never silently overwrites newer) until the user loads the latest version or
//! keeps this page's content.

use yew::prelude::*;

use crate::error::DraftError;
use crate::hooks::use_app;
use crate::platform::clock::local_date_time;

/// The warning; nothing when there is no conflict.
#[component]
pub fn ConflictBanner() -> Html {
    let app = use_app();
    let error = use_state(|| None::<DraftError>);
    let Some(conflict) = app.state().conflict.clone() else {
        return Html::default();
    };
    let load = {
        let (app, error) = (app.clone(), error.clone());
        Callback::from(move |_| error.set(app.load_latest().err()))
    };
    let keep = {
        let (app, error) = (app.clone(), error.clone());
        Callback::from(move |_| {
            error.set(None);
            app.keep_mine();
        })
    };
    let when = local_date_time(&conflict.updated);
    html! {
        <div class="conflict-banner no-print" role="alert" aria-label="草稿在别处被修改">
            <p><strong>{ format!(
                "这份草稿已在另一个窗口或标签页中修改(那边最后修改于 {when})。为免较旧的内容覆盖较新的内容,本页已暂停自动保存。"
            ) }</strong></p>
            <ul>
                <li>{ "载入最新版本:显示另一处保存的内容,本页尚未保存的修改将被放弃。" }</li>
                <li>{ "保留本页内容:用本页内容覆盖另一处的修改,并恢复自动保存。" }</li>
            </ul>
            <p class="banner-actions">
                <button type="button" class="primary" onclick={load}>{ "载入最新版本" }</button>
                <button type="button" onclick={keep}>{ "保留本页内容" }</button>
            </p>
            if let Some(why) = &*error {
                <p class="failed">{ why.to_string() }</p>
            }
        </div>
    }
}
