//! `#/changes` 问卷更新说明: every release of the embedded questionnaire and what changed in it.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::Changelog;
use crate::hooks::use_app;
use crate::route::{href, Route};

/// The changelog page.
#[component]
pub fn ChangesPage() -> Html {
    let app = use_app();
    let pack = app.pack();
    let releases = Rc::new(pack.changelog.clone());
    html! {
        <section aria-labelledby="changes-title">
            <h1 id="changes-title">{ "问卷更新说明" }</h1>
            <p>{ format!("当前问卷:{} {} 版。题目编号不会改作他用;已删除题目的旧答案原样保留在存档中,不计入结果。", pack.title, pack.version) }</p>
            <Changelog {releases} />
            <p><a href={href(&Route::Start)}>{ "返回首页" }</a></p>
        </section>
    }
}
