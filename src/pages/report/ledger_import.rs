//! 导入修改后的台账: the XLSX or CSV ledger the app exported, edited in Excel or WPS, read back.
//! Core reads the file and previews every changed cell and every unreadable one; nothing is
//! applied until 应用这些修改.

use crate::state::Shared;
use std::rc::Rc;

use fingertip_core::cycle::{ledger_records, preview_ledger_import, LedgerFileError, LedgerImport};
use fingertip_core::edit::Edit;
use fingertip_core::report::Report;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::use_app;
use crate::platform::clock;
use crate::platform::file::{read_bytes, ReadError};

/// Largest ledger file read (a ledger of a few hundred rows is far smaller).
const MAX_LEDGER_BYTES: u64 = 2 * 1024 * 1024;

/// Why a picked ledger file gives no preview.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
enum NotRead {
    /// Far larger than any exported ledger.
    #[error("这个文件大于 2 MB,不像是本工具导出的台账。请检查是否选错了文件。")]
    TooLarge,
    /// The browser could not read it.
    #[error(transparent)]
    Read(ReadError),
    /// Read, but not a ledger of this draft (or not readable as one).
    #[error(transparent)]
    File(LedgerFileError),
}

/// Props of [`LedgerImportPanel`].
#[derive(Properties, PartialEq)]
pub struct LedgerImportProps {
    /// The report, whose ledger the file is compared with.
    pub report: Shared<Report>,
}

/// The file picker, then the preview and its confirm button.
#[component]
pub fn LedgerImportPanel(props: &LedgerImportProps) -> Html {
    let app = use_app();
    let result = use_state(|| None::<Result<Rc<LedgerImport>, NotRead>>);
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
                let remedy = |item: &str| {
                    pack.item(item)
                        .map(|i| i.remedy.clone())
                        .unwrap_or_default()
                };
                let read = match read_bytes(file, MAX_LEDGER_BYTES).await {
                    Ok(bytes) => ledger_records(&bytes)
                        .and_then(|records| {
                            preview_ledger_import(&records, &report.ledger, remedy, &clock::today())
                        })
                        .map(Rc::new)
                        .map_err(NotRead::File),
                    Err(ReadError::TooLarge(_)) => Err(NotRead::TooLarge),
                    Err(e) => Err(NotRead::Read(e)),
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
            <h3 id="ledger-import-h">{ "导入修改后的整改台账" }</h3>
            <label for="ledger-import-file">{ "选择从本工具导出、在 Excel 或 WPS 中修改过的台账(.xlsx 或 .csv)" }</label>
            <input type="file" id="ledger-import-file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onchange={on_file}
                disabled={props.report.record.finalised} />
            { match &*result {
                None => Html::default(),
                Some(Err(why)) => html! { <p role="alert">{ why.to_string() }</p> },
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
