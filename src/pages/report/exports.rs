//! The report's tool bar (screen only): print the document shown, export it as Word (the
//! 正式报告, the 自查底稿 or each 备案申请表), the ledger as Excel or CSV and the self-check
//! data as JSON. A failed export shows a Chinese message in an alert.

use crate::state::Shared;
use fingertip_core::model::Assessment;
use fingertip_core::pack::Pack;

use fingertip_core::report::{
    export_file_name, filing_form_docx, ledger_csv, ledger_xlsx, official_docx, workpaper_docx,
    Report,
};
use fingertip_core::save;
use yew::prelude::*;

use super::ReportStyle;
use crate::error::ExportError;
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
    /// 导出 Word: the 正式报告 (with the answer list when asked)
    OfficialDocx(bool),
    /// 导出 Word: the 自查底稿
    WorkpaperDocx,
    /// 导出 Word: the 备案申请表 of the n-th hosted app
    FormDocx(usize),
    /// 打印
    Print,
}

/// Runs `kind`; `Err` says why, for the user.
fn run(
    kind: Export,
    pack: &Pack,
    assessment: &Assessment,
    report: &Report,
) -> Result<(), ExportError> {
    let c = &report.cover;
    let name = |suffix: &str, ext: &str| export_file_name(&c.unit, &c.date, suffix, ext);
    let (file_name, mime, bytes) = match kind {
        Export::Print => return Ok(print::print()?),
        Export::Json => (
            name("自查数据", "json"),
            download::JSON,
            save::to_json(pack, assessment).into_bytes(),
        ),
        Export::Xlsx => (
            name("自查整改台账", "xlsx"),
            download::XLSX,
            ledger_xlsx(report)?,
        ),
        Export::Csv => (
            name("自查整改台账", "csv"),
            download::CSV,
            ledger_csv(report),
        ),
        Export::OfficialDocx(answers) => (
            name("自查情况的报告", "docx"),
            download::DOCX,
            official_docx(report, answers)?,
        ),
        Export::WorkpaperDocx => (
            name("自查底稿", "docx"),
            download::DOCX,
            workpaper_docx(report)?,
        ),
        Export::FormDocx(i) => {
            let form = report.filing_forms.get(i).ok_or(ExportError::FormGone)?;
            let bytes = filing_form_docx(report, i).ok_or(ExportError::FormGone)??;
            let suffix = format!("备案申请表-{}", form.app_name);
            (name(&suffix, "docx"), download::DOCX, bytes)
        }
    };
    Ok(download::download(&file_name, mime, &bytes)?)
}

/// Props of [`ExportBar`].
#[derive(Properties, PartialEq)]
pub struct ExportBarProps {
    /// The report model.
    pub report: Shared<Report>,
    /// The document shown: its print and Word buttons come first.
    pub style: ReportStyle,
    /// Whether the 正式报告 carries the answer list as 附件.
    pub with_answers: bool,
    /// Rows of the document still being drawn, as (drawn, total): printing waits for them.
    #[prop_or_default]
    pub drawing: Option<(usize, usize)>,
}

/// The tool bar.
#[component]
pub fn ExportBar(props: &ExportBarProps) -> Html {
    let app = use_app();
    let error = use_state(|| None::<String>);
    let button = |kind: Export, label: String, class: Option<&'static str>| {
        let (app, report, error) = (app.clone(), props.report.clone(), error.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            let result = match app.session() {
                Some(s) => run(kind, app.pack(), &s.assessment, &report),
                None => Err(ExportError::NotOpen),
            };
            error.set(result.err().map(|e| e.to_string()));
        });
        html! { <button type="button" class={classes!(class)} {onclick}>{ label }</button> }
    };
    let result_href = app
        .session()
        .map(|s| href(&Step::Result.route(&s.assessment.id)));
    html! {
        <section class="report-tools no-print" aria-label="导出与打印">
            <div class="actions">
                { match props.drawing {
                    Some((drawn, total)) => html! {
                        <button type="button" class="primary" disabled=true>
                            { format!("正在显示全部内容({drawn} / {total} 行),完成后可打印") }
                        </button>
                    },
                    None => button(Export::Print, format!("打印{}", print_label(props.style)), Some("primary")),
                } }
                { match props.style {
                    ReportStyle::Official => button(Export::OfficialDocx(props.with_answers), "导出正式报告(Word)".into(), None),
                    ReportStyle::Workpaper => button(Export::WorkpaperDocx, "导出自查底稿(Word)".into(), None),
                    ReportStyle::Filing => props.report.filing_forms.iter().enumerate().map(|(i, f)| {
                        button(Export::FormDocx(i), format!("导出备案申请表(Word):{}", f.app_name), None)
                    }).collect::<Html>(),
                } }
                { button(Export::Xlsx, "导出整改台账(Excel)".into(), None) }
                { button(Export::Csv, "导出整改台账(CSV)".into(), None) }
                { button(Export::Json, "导出自查数据(JSON)".into(), None) }
                if let Some(h) = result_href { <a class="back-link" href={h}>{ "返回自查结果" }</a> }
                <a class="back-link" href={href(&Route::Verify)}>{ "核验纸质报告" }</a>
            </div>
            if let Some(msg) = (*error).clone() {
                <p class="export-error" role="alert">{ msg }</p>
            }
            <p class="print-hint">
                { "打印时请选择 A4 纸,边距选“默认”,并取消勾选“页眉和页脚”(整改台账自动横向打印);也可在打印对话框中选择“另存为 PDF”。" }
            </p>
        </section>
    }
}

/// What the print button prints.
fn print_label(style: ReportStyle) -> &'static str {
    match style {
        ReportStyle::Official => "正式报告",
        ReportStyle::Workpaper => "自查底稿",
        ReportStyle::Filing => "备案申请表",
    }
}
