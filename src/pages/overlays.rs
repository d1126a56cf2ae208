//! 地方标准: load an overlay pack (local criteria) from a file, checked like an import — every
//! problem listed field by field in Chinese — and previewed before it is stored; the overlays
//! stored in this browser, each removable (drafts keep their own copies).

use std::rc::Rc;

use fingertip_core::overlay::{self, Overlay, OverlayPreview};
use yew::prelude::*;

use crate::components::data_safety::FilePicker;
use crate::hooks::use_app;
use crate::platform::file::read_bytes;
use crate::platform::overlay_store;
use crate::route::{href, Route};

/// Largest overlay file read: 2 MiB (real ones are a few KiB).
const MAX_OVERLAY_BYTES: u64 = 2 * 1024 * 1024;

/// What the page shows for the chosen file.
#[derive(Clone, PartialEq)]
enum Chosen {
    Nothing,
    Reading,
    Failed(Rc<Vec<String>>),
    Ready(Rc<Overlay>, Rc<OverlayPreview>),
    Saved(AttrValue),
}

fn list(title: &str, lines: &[String]) -> Html {
    if lines.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h3>{ title.to_string() }</h3>
            <ul>{ for lines.iter().map(|l| html! { <li>{ l.clone() }</li> }) }</ul>
        </>
    }
}

fn preview_view(p: &OverlayPreview, on_confirm: Callback<MouseEvent>) -> Html {
    html! {
        <section class="overlay-preview" aria-labelledby="overlay-preview-title">
            <h2 id="overlay-preview-title">{ format!("预览:{}", p.name) }</h2>
            <dl class="preview-facts">
                { for p.facts.iter().map(|(k, v)| html! { <><dt>{ k.clone() }</dt><dd>{ v.clone() }</dd></> }) }
            </dl>
            { list("新增题目", &p.added_items) }
            { list("新增部分和条目", &p.added_groups) }
            { list("调整的参数", &p.overrides) }
            { list("为全国题目增加的选项", &p.extra_options) }
            <p>{ "地方标准只新增内容,不改动全国问卷的题目。加载后,新建的自查会同时按它填写;已有的自查可在草稿页面选择加入。" }</p>
            <button type="button" class="primary" data-action="confirm-overlay" onclick={on_confirm}>{ "确认加载" }</button>
        </section>
    }
}

/// The overlays page.
#[component]
pub fn OverlaysPage() -> Html {
    let app = use_app();
    let national = app.national_pack();
    let chosen = use_state(|| Chosen::Nothing);
    let stored = use_state(|| overlay_store::load_all(national));
    let on_file = {
        let chosen = chosen.clone();
        Callback::from(move |file: web_sys::File| {
            chosen.set(Chosen::Reading);
            let chosen = chosen.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = read_bytes(file, MAX_OVERLAY_BYTES)
                    .await
                    .ok()
                    .and_then(|b| String::from_utf8(b).ok());
                chosen.set(match text {
                    None => Chosen::Failed(Rc::new(vec![
                        "无法读取这个文件(可能太大、不是 UTF-8 文字,或已被移动)。请重新选择。"
                            .into(),
                    ])),
                    Some(text) => match overlay::load(&text, national) {
                        Ok(o) => {
                            let p = overlay::preview(&o, national);
                            Chosen::Ready(Rc::new(o), Rc::new(p))
                        }
                        Err(problems) => Chosen::Failed(Rc::new(
                            problems.iter().map(ToString::to_string).collect(),
                        )),
                    },
                });
            });
        })
    };
    let body = match &*chosen {
        Chosen::Nothing => Html::default(),
        Chosen::Reading => html! { <p role="status">{ "正在检查文件……" }</p> },
        Chosen::Failed(problems) => html! {
            <div class="import-error error-panel overlay-errors" role="alert">
                <h2>{ format!("这份地方标准有 {} 处问题,没有加载", problems.len()) }</h2>
                <ul>{ for problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
                <p>{ "本浏览器中保存的内容没有任何改变。作者可用 fingertip pack check 命令得到同样的检查结果。" }</p>
            </div>
        },
        Chosen::Ready(o, p) => {
            let on_confirm = {
                let (chosen, stored, o) = (chosen.clone(), stored.clone(), o.clone());
                Callback::from(move |_| {
                    chosen.set(match overlay_store::save(&o) {
                        Ok(()) => {
                            Chosen::Saved(format!("已加载“{}”{} 版。", o.title, o.version).into())
                        }
                        Err(e) => Chosen::Failed(Rc::new(vec![e.to_string()])),
                    });
                    stored.set(overlay_store::load_all(national));
                })
            };
            preview_view(p, on_confirm)
        }
        Chosen::Saved(msg) => html! { <p class="notice" role="status">{ msg.clone() }</p> },
    };
    let remove = |id: String| {
        let (stored, chosen) = (stored.clone(), chosen.clone());
        Callback::from(move |_| {
            if let Err(e) = overlay_store::remove(&id) {
                chosen.set(Chosen::Failed(Rc::new(vec![e.to_string()])));
            }
            stored.set(overlay_store::load_all(national));
        })
    };
    html! {
        <section class="overlays" aria-labelledby="overlays-title">
            <p class="no-print"><a href={href(&Route::Start)}>{ "返回首页" }</a></p>
            <h1 id="overlays-title">{ "地方标准" }</h1>
            <p>{ "省、市主管部门或本单位可以在全国问卷之上增加自己的题目(地方规定、本单位规定)。\
                 文件只在本浏览器中读取和检查,不会上传。" }</p>
            <h2>{ "加载地方标准" }</h2>
            <FilePicker {on_file} busy={matches!(*chosen, Chosen::Reading)}
                label="选择地方标准文件(.json)" accept=".json,application/json,.toml" />
            { body }
            <h2>{ "本浏览器中已加载的地方标准" }</h2>
            if stored.0.is_empty() {
                <p class="empty">{ "还没有加载地方标准。" }</p>
            } else {
                <ul class="overlay-list">
                    { for stored.0.iter().map(|o| html! {
                        <li data-overlay={o.id.clone()}>
                            <span class="item-source">{ o.stamp().label() }</span>
                            { format!(" {},施行日期 {},{} 道题", o.issuer, o.effective, o.items.len()) }
                            <button type="button" data-action="remove-overlay" onclick={remove(o.id.clone())}>{ "移除" }</button>
                        </li>
                    }) }
                </ul>
                <p>{ "移除只影响今后新建的自查;已按它填写的自查各自保存了一份,仍可打开、查看和导出。" }</p>
            }
            { list("无法使用的已保存条目", &stored.1) }
        </section>
    }
}
