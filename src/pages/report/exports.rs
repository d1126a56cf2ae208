//! The report's tool bar (screen only): export the self-check data as JSON, the ledger as
//! Excel or CSV, and print. A failed export shows a Chinese message in an alert.

use fingertip_core::model::Assessment;
use fingertip_core::pack::Pack;
use fingertip_core::report::{export_file_name, ledger_csv, ledger_xlsx, Report};
use fingertip_core::save;
use yew::prelude::*;

use super::SectionProps;
use crate::hooks::use_app;
use crate::platform::{download, print};
use crate::route::{href, Route, Step};

/// What a tool-bar button does.
#[derive(Clone, Copy, PartialEq)]
enum Export {
    /// 导出自查数据(JSON)
    Json,
    /// 导出整改台账(Excel)
    Xlsx,
    /// 导出整改台账(CSV)
    Csv,
    /// 打印报告
    Print,
}

/// Runs `kind`; `Err` holds the message for the user.
fn run(kind: Export, pack: &Pack, assessment: &Assessment, report: &Report) -> Result<(), String> {
    let c = &report.cover;
    let name = |suffix: &str, ext: &str| export_file_name(&c.unit, &c.date, suffix, ext);
    match kind {
        Export::Json => {
            let json = save::to_json(pack, assessment);
            download::download(&name("自查数据", "json"), download::JSON, json.as_bytes())
        }
        Export::Xlsx => {
            let bytes = ledger_xlsx(report).map_err(|e| e.to_string())?;
            download::download(&name("自查整改台账", "xlsx"), download::XLSX, &bytes)
        }
        Export::Csv => download::download(
            &name("自查整改台账", "csv"),
            download::CSV,
            &ledger_csv(report),
        ),
        Export::Print => print::print(),
    }
}

/// The tool bar.
#[component]
pub fn ExportBar(props: &SectionProps) -> Html {
    let app = use_app();
    let error = use_state(|| None::<String>);
    let button = |kind: Export, label: &'static str, class: Option<&'static str>| {
        let (app, report, error) = (app.clone(), props.report.clone(), error.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            let result = match app.session() {
                Some(s) => run(kind, app.pack(), &s.assessment, &report),
                None => Err("草稿尚未打开,请稍后重试。".to_string()),
            };
            error.set(result.err());
        });
        html! { <button type="button" class={classes!(class)} {onclick}>{ label }</button> }
    };
    let result_href = app
        .session()
        .map(|s| href(&Step::Result.route(&s.assessment.id)));
    html! {
        <section class="report-tools no-print" aria-label="导出与打印">
            <div class="actions">
                { button(Export::Print, "打印报告", Some("primary")) }
                { button(Export::Xlsx, "导出整改台账(Excel)", None) }
                { button(Export::Csv, "导出整改台账(CSV)", None) }
                { button(Export::Json, "导出自查数据(JSON)", None) }
                if let Some(h) = result_href { <a class="back-link" href={h}>{ "返回自查结果" }</a> }
                <a class="back-link" href={href(&Route::Verify)}>{ "核验纸质报告" }</a>
            </div>
            if let Some(msg) = (*error).clone() {
                <p class="export-error" role="alert">{ msg }</p>
            }
            <p class="print-hint">
                { "打印时请选择 A4 纸、纵向,边距选“默认”,并取消勾选“页眉和页脚”;也可在打印对话框中选择“另存为 PDF”。" }
            </p>
        </section>
    }
}
