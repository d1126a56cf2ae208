//! Shown when the training content cannot be read (a broken build), with a way back.

use yew::prelude::*;

use crate::route::{href, Route};

/// The message.
#[component]
pub fn TrainingMissing() -> Html {
    html! {
        <section class="error-panel" role="alert">
            <h1>{ "培训内容无法读取" }</h1>
            <p>{ "程序文件可能不完整。请联系技术人员重新部署本工具。自查功能和已保存的草稿不受影响。" }</p>
            <a href={href(&Route::Start)}>{ "返回首页" }</a>
        </section>
    }
}
