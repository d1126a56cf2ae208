//! 导入修改后的台账: the CSV ledger the app exported, edited in Excel or WPS, read back. Core
//! previews every changed cell and every unreadable one; nothing is applied until 应用这些修改.

use std::rc::Rc;

use fingertip_core::cycle::{csv_records, preview_ledger_import, LedgerImport};
use fingertip_core::edit::Edit;
use fingertip_core::report::Report;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::use_app;
use crate::platform::{clock, file::read_bytes};

/// Largest ledger file read (a ledger of a few hundred rows is far smaller).
const MAX_LEDGER_BYTES: u64 = 2 * 1024 * 1024;

/// Props of [`LedgerImportPanel`].
#[derive(Properties, PartialEq)]
pub struct LedgerImportProps {
    /// The report, whose ledger the file is compared with.
    pub report: Rc<Report>,
}

/// The file picker, then the preview and its confirm button.
#[component]
pub fn LedgerImportPanel(props: &LedgerImportProps) -> Html {
    let app = use_app();
    let result = use_state(|| None::<Result<Rc<LedgerImport>, String>>);
    let on_file = {
        let (result, report, pack) = (result.clone(), props.report.clone(), app.pack());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|l| l.get(0)) else {
                return;
            };
            input.set_value("");
            let (result, report) = (result.clone(), report.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let read = match read_bytes(file, MAX_LEDGER_BYTES).await {
                    Ok(bytes) => match String::from_utf8(bytes) {
                        Ok(text) => {
                            let remedy = |item: &str| pack.item(item).map(|i| i.remedy.clone()).unwrap_or_default();
                            preview_ledger_import(&csv_records(&text), &report.ledger, remedy, &clock::today())
                                .map(Rc::new)
                                .map_err(|e| e.to_string())
                        }
                        Err(_) => Err("这个文件不是 UTF-8 编码的 CSV。请在 Excel 或 WPS 中“另存为 CSV UTF-8”后再导入。".to_string()),
                    },
                    Err(e) => Err(e.to_string()),
                };
                result.set(Some(read));
            });
        })
    };
    let apply = {
        let result = result.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(Ok(p)) = &*result {
                app.edit(Edit::Cycle(p.edit()));
            }
            result.set(None);
        })
    };
    let cancel = {
        let result = result.clone();
        Callback::from(move |_: MouseEvent| result.set(None))
    };
    html! {
        <section class="ledger-import no-print" aria-labelledby="ledger-import-h">
            <h3 id="ledger-import-h">{ "导入修改后的整改台账(CSV)" }</h3>
            <label for="ledger-import-file">{ "选择从本工具导出、在 Excel 或 WPS 中修改过的台账 CSV 文件" }</label>
            <input type="file" id="ledger-import-file" accept=".csv,text/csv" onchange={on_file}
                disabled={props.report.record.finalised} />
            { match &*result {
                None => Html::default(),
                Some(Err(message)) => html! { <p role="alert">{ message.clone() }</p> },
                Some(Ok(p)) => html! {
                    <div class="ledger-import-preview">
                        <table>
                            <caption>{ format!("将修改 {} 处,{} 处无法读取", p.changes.len(), p.errors.len()) }</caption>
                            <thead><tr><th scope="col">{ "序号" }</th><th scope="col">{ "条目" }</th><th scope="col">{ "栏目" }</th>
                                <th scope="col">{ "草稿中" }</th><th scope="col">{ "文件中" }</th></tr></thead>
                            <tbody>
                                { for p.changes.iter().map(|c| html! {
                                    <tr><td>{ c.no }</td><td>{ c.item.clone() }</td><td>{ c.column }</td>
                                        <td>{ c.before.clone() }</td><td>{ c.after.clone() }</td></tr>
                                }) }
                            </tbody>
                        </table>
                        if !p.errors.is_empty() {
                            <ul class="ledger-import-errors">
                                { for p.errors.iter().map(|e| html! { <li>{ e.message.clone() }</li> }) }
                            </ul>
                        }
                        <button type="button" class="primary" onclick={apply} disabled={p.changes.is_empty()}>{ "应用这些修改" }</button>
                        <button type="button" onclick={cancel}>{ "取消" }</button>
                    </div>
                },
            } }
        </section>
    }
}
