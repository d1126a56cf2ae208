//! The start page: what the tool is, the privacy promise, and the ways in (new, continue, sample).

use fingertip_core::model::Purpose;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::data_safety::ExportAllButton;
use crate::components::{DraftList, TextSizeToggle};
use crate::hooks::use_app;
use crate::route::{href, Route, Step};

/// The start page.
#[component]
pub fn StartPage() -> Html {
    let app = use_app();
    let navigator = use_navigator();
    let pack = app.pack();
    let start = |purpose: Purpose| {
        let (app, navigator) = (app.clone(), navigator.clone());
        Callback::from(move |_| {
            let id = app.new_draft(purpose);
            if let Some(nav) = &navigator {
                nav.push(&Step::Unit.route(&id));
            }
        })
    };
    let on_sample = {
        let (app, navigator) = (app.clone(), navigator.clone());
        Callback::from(move |_| {
            if let Some(id) = app.new_sample_draft() {
                if let Some(nav) = &navigator {
                    nav.push(&Step::Result.route(&id));
                }
            }
        })
    };
    html! {
        <>
            <header class="hero">
                <div class="hero-tools"><TextSizeToggle /></div>
                <h1>{ "指尖自查" }</h1>
                <p class="subtitle">{ "防治“指尖上的形式主义”自查工具" }</p>
                <p class="purpose">
                    { "对照《关于防治“指尖上的形式主义”的若干意见》和《政务移动互联网应用程序规范化管理办法》,\
                       逐项检查本单位的政务应用程序、政务公众账号和工作群组。适用于备案前自查和定期自查自评,\
                       最后生成可打印、可签章的自查报告和整改台账。" }
                </p>
                <p class="pack-line">{ format!("问卷:{} {} 版,共 {} 题", pack.title, pack.version, pack.items.len()) }</p>
            </header>
            <section class="privacy" aria-labelledby="privacy-title">
                <h2 id="privacy-title">{ "数据只保存在本浏览器" }</h2>
                <p>
                    { "您填写的所有内容只保存在当前这台电脑的浏览器中,不会上传到任何服务器;本工具运行时不连接互联网。\
                       更换电脑或清理浏览器数据前,请先导出备份文件。" }
                </p>
                <p class="privacy-actions"><ExportAllButton /></p>
            </section>
            if let Some(notice) = app.state().notice.clone() {
                <p class="notice" role="alert">{ notice }</p>
            }
            <section class="entry-points" aria-labelledby="start-title">
                <h2 id="start-title">{ "开始使用" }</h2>
                <div class="actions">
                    <button type="button" class="primary" onclick={start(Purpose::Periodic)}>{ "新建自查" }</button>
                    <button type="button" onclick={on_sample}>{ "试用示例单位" }</button>
                    <a class="button-link" href={href(&Route::Open)}>{ "打开文件" }</a>
                    <a class="button-link" href={href(&Route::Training)}>{ "培训学习" }</a>
                </div>
            </section>
            <DraftList />
        </>
    }
}
