//! The export bar: the roll-up as Excel or CSV, the anonymised versions for reporting upward
//! (with an optional phrase that keeps codes stable and unguessable), and printing.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What the user asked to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    /// XLSX with names.
    Xlsx,
    /// CSV with names.
    Csv,
    /// XLSX anonymised.
    AnonXlsx,
    /// CSV anonymised.
    AnonCsv,
    /// The print dialog.
    Print,
}

/// Props of [`RollupExports`].
#[derive(Properties, PartialEq)]
pub struct RollupExportsProps {
    /// The anonymisation phrase.
    pub key_phrase: AttrValue,
    /// The phrase changed.
    pub on_key: Callback<String>,
    /// An export asked for.
    pub on_export: Callback<ExportKind>,
}

/// The buttons.
#[component]
pub fn RollupExports(props: &RollupExportsProps) -> Html {
    let button = |kind: ExportKind, label: &'static str| {
        let onclick = props.on_export.reform(move |_: MouseEvent| kind);
        html! { <button type="button" {onclick}>{ label }</button> }
    };
    let on_key = {
        let on = props.on_key.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on.emit(input.value());
        })
    };
    html! {
        <section class="rollup-exports no-print" aria-labelledby="rollup-exports-title">
            <h2 id="rollup-exports-title">{ "导出与打印" }</h2>
            <p class="actions">
                { button(ExportKind::Xlsx, "导出 Excel(每个视图一张表)") }
                { button(ExportKind::Csv, "导出 CSV") }
                { button(ExportKind::Print, "打印汇总") }
            </p>
            <p>
                <label for="anon-key">{ "匿名化编码口令(可选;同一口令下同一单位编码不变)" }</label>
                <input id="anon-key" type="text" autocomplete="off" value={props.key_phrase.clone()} oninput={on_key} />
            </p>
            <p class="actions">
                { button(ExportKind::AnonXlsx, "导出匿名化 Excel(向上级报送)") }
                { button(ExportKind::AnonCsv, "导出匿名化 CSV") }
            </p>
        </section>
    }
}
