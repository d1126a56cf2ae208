//! 核验 (verify): open one or more data files, type the fingerprint printed on a paper report
//! (or paste the text a phone's scanner read from its QR code) and see whether they match; for
//! a mismatch, which other opened file matches, or that none does. Everything stays in the
//! browser; core does the reading and the comparing.

use std::rc::Rc;

use fingertip_core::fingerprint::short;
use fingertip_core::import::{released_snapshots, MAX_IMPORT_BYTES};
use fingertip_core::verify::{file_facts, parse_typed, verify, FileFacts, Outcome};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::error::FileError;
use crate::hooks::use_app;
use crate::platform::file::read_bytes;
use crate::route::{href, Route};

/// One opened file: its name and what reading it gave (or why it could not be read).
type Opened = (String, Result<FileFacts, FileError>);

fn file_row(index: usize, (name, facts): &Opened, typed: Option<&str>) -> Html {
    let role = if index == 0 {
        "要核验的文件"
    } else {
        "其他文件"
    };
    match facts {
        Ok(f) => {
            let fits = typed.map(|t| fingertip_core::verify::matches(t, &f.fingerprint));
            html! {
                <tr>
                    <td>{ role }</td><td>{ name.clone() }</td><td>{ f.unit.clone() }</td><td>{ f.date.clone() }</td>
                    <td><code>{ short(&f.fingerprint).to_string() }</code></td><td>{ f.state }</td>
                    <td>{ match fits { Some(true) => "一致", Some(false) => "不一致", None => "—" } }</td>
                </tr>
            }
        }
        Err(e) => html! {
            <tr><td>{ role }</td><td>{ name.clone() }</td><td colspan="5">{ format!("无法读取:{e}") }</td></tr>
        },
    }
}

fn verdict(files: &[Opened], typed: &str) -> Html {
    let prints: Vec<Option<&str>> = files
        .iter()
        .map(|(_, f)| f.as_ref().ok().map(|f| f.fingerprint.as_str()))
        .collect();
    let name = |i: usize| files.get(i).map(|(n, _)| n.clone()).unwrap_or_default();
    let (class, text) = match verify(typed, &prints) {
        None => return html! { <p>{ "请先打开要核验的数据文件。" }</p> },
        Some(Outcome::Match) => (
            "match",
            format!("一致:纸质报告与文件“{}”是同一份自查内容。", name(0)),
        ),
        Some(Outcome::Mismatch { other: Some(i) }) => (
            "mismatch",
            format!(
                "不一致:纸质报告与文件“{}”的内容不同。与纸质报告一致的是文件“{}”。",
                name(0),
                name(i)
            ),
        ),
        Some(Outcome::Mismatch { other: None }) => (
            "mismatch",
            format!(
                "不一致:纸质报告与文件“{}”的内容不同,所打开的文件中也没有与它一致的。",
                name(0)
            ),
        ),
    };
    html! { <p class={classes!("verify-result", class)} role="status" data-testid="verify-result">{ text }</p> }
}

/// The verify page.
#[component]
pub fn VerifyPage() -> Html {
    let app = use_app();
    let files = use_state(|| Rc::new(Vec::<Opened>::new()));
    let typed = use_state(String::new);
    let busy = use_state(|| false);
    let on_files = {
        let (files, busy, pack) = (files.clone(), busy.clone(), app.national_pack());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(list) = input.files() else { return };
            let picked: Vec<web_sys::File> =
                (0..list.length()).filter_map(|i| list.get(i)).collect();
            input.set_value("");
            busy.set(true);
            let (files, busy) = (files.clone(), busy.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let mut all = (**files).clone();
                for file in picked {
                    let name = file.name();
                    let facts = match read_bytes(file, MAX_IMPORT_BYTES).await {
                        Ok(bytes) => {
                            file_facts(&bytes, pack, released_snapshots()).map_err(FileError::from)
                        }
                        Err(e) => Err(e.into()),
                    };
                    all.push((name, facts));
                }
                files.set(Rc::new(all));
                busy.set(false);
            });
        })
    };
    let on_typed = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target_dyn_into::<HtmlTextAreaElement>() {
                typed.set(t.value());
            }
        })
    };
    let on_clear = {
        let files = files.clone();
        Callback::from(move |_: MouseEvent| files.set(Rc::new(Vec::new())))
    };
    let parsed = (!typed.trim().is_empty()).then(|| parse_typed(&typed));
    let ok = parsed
        .as_ref()
        .and_then(|p| p.as_ref().ok())
        .map(String::as_str);
    html! {
        <section class="verify" aria-labelledby="verify-title">
            <p class="no-print"><a href={href(&Route::Start)}>{ "返回首页" }</a></p>
            <h1 id="verify-title">{ "核验纸质报告" }</h1>
            <p>{ "打开一份或多份从指尖自查导出的数据文件(第一份为要核验的文件),再输入纸质报告每页底部的数据指纹,\
                 或粘贴用手机扫描报告二维码得到的文字。文件只在本浏览器中读取,不会上传。" }</p>
            <p class="file-picker">
                <label for="verify-files">{ "选择数据文件(.json,可多选)" }</label>
                <input id="verify-files" type="file" multiple=true accept=".json,application/json" onchange={on_files} disabled={*busy} />
                if !files.is_empty() { <button type="button" onclick={on_clear}>{ "清除已打开的文件" }</button> }
            </p>
            if !files.is_empty() {
                <table class="verify-table">
                    <thead><tr>
                        <th scope="col">{ "用途" }</th><th scope="col">{ "文件" }</th><th scope="col">{ "单位" }</th><th scope="col">{ "自查日期" }</th>
                        <th scope="col">{ "数据指纹" }</th><th scope="col">{ "定稿状态" }</th><th scope="col">{ "与输入的指纹" }</th>
                    </tr></thead>
                    <tbody>{ for files.iter().enumerate().map(|(i, f)| file_row(i, f, ok)) }</tbody>
                </table>
            }
            <label for="verify-typed">{ "纸质报告上的数据指纹,或扫描二维码得到的文字" }</label>
            <textarea id="verify-typed" rows="4" value={(*typed).clone()} oninput={on_typed} />
            { match &parsed {
                None => Html::default(),
                Some(Err(e)) => html! { <p class="verify-error" role="alert">{ e.to_string() }</p> },
                Some(Ok(t)) => verdict(&files, t),
            } }
        </section>
    }
}
