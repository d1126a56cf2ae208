//! Self-test page for IT staff (`#/diagnostics`): shows the build's pack and the browser's own
//! identification (its Chromium kernel version, for 360/UOS and other domestic browsers), and lets
//! them trigger a deliberate error to confirm the rescue screen offers the stored data for download.

use fingertip_core::pack::EMBEDDED_PACK_HASH;
use yew::prelude::*;

use crate::hooks::use_app;
use crate::platform::{browser, rescue, storage};
use crate::route::{href, Route};

/// The diagnostics page.
#[component]
pub fn DiagnosticsPage() -> Html {
    let app = use_app();
    let pack = app.pack();
    let user_agent = browser::user_agent();
    let storage_detail = storage::last_failure_detail();
    let on_panic = Callback::from(|_| panic!("诊断:按要求触发的测试错误")); // allow-panic: the point of this button
    html! {
        <section aria-labelledby="diag-title">
            <h1 id="diag-title">{ "运行自检" }</h1>
            <dl>
                <dt>{ "问卷" }</dt><dd>{ format!("{} {}(内容校验 {})", pack.id, pack.version, EMBEDDED_PACK_HASH) }</dd>
                <dt>{ "本浏览器中的草稿" }</dt><dd>{ app.state().drafts.len() }</dd>
                <dt>{ "最近一次浏览器存储错误(原始信息)" }</dt><dd>{ if storage_detail.is_empty() { "无".to_string() } else { storage_detail } }</dd>
                <dt>{ "浏览器标识(“Chrome/”后的数字即内核版本,需要 97 及以上)" }</dt><dd>{ user_agent }</dd>
            </dl>
            <p>{ "点击下面的按钮会故意让程序出错,用来确认出错时页面会显示抢救界面并提供数据下载。已保存的数据不受影响。" }</p>
            <button type="button" class="danger" onclick={on_panic}>{ "触发测试错误" }</button>
            <button type="button" class="danger" onclick={Callback::from(|_| rescue::trap_for_test())}>{ "触发 WebAssembly 陷阱" }</button>
            <p><a href={href(&Route::Start)}>{ "返回首页" }</a></p>
        </section>
    }
}
