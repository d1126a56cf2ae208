//! The cover (封面) of the 自查底稿: title, unit, dates and criteria pack, on its own printed
//! page (the fingerprint and hashes are in the colophon and the footer). An unfinished self-check carries a 未完成 banner with the unanswered count.

use yew::prelude::*;

use super::SectionProps;

/// One labelled line of the cover table.
fn line(label: &'static str, value: String) -> Html {
    html! { <tr><th scope="row">{ label }</th><td>{ value }</td></tr> }
}

/// The cover.
#[component]
pub fn ReportCover(props: &SectionProps) -> Html {
    let c = &props.report.cover;
    html! {
        <section class="report-cover" aria-labelledby="report-title">
            if let Some(n) = props.report.unfinished {
                <p class="unfinished-banner">
                    <strong>{ "未完成" }</strong>
                    { format!(":本次自查尚有 {n} 项未作答,本报告仅反映已作答部分。") }
                </p>
            }
            <p class="cover-unit">{ c.unit.clone() }</p>
            <h1 id="report-title" class="cover-title">{ c.title }</h1>
            <table class="cover-table">
                <caption class="visually-hidden">{ "报告基本信息" }</caption>
                <tbody>
                    { line("单位名称", c.unit.clone()) }
                    { line("行政层级", c.level.to_string()) }
                    { line("单位类型", c.unit_type.to_string()) }
                    { line("自查目的", c.purpose.to_string()) }
                    { line("自查日期", c.date.clone()) }
                    { line("填报人", c.assessor.clone()) }
                    { line("联系方式", c.contact.clone()) }
                    { line("创建与最后修改", format!("{} 创建,{} 最后修改", c.created, c.updated)) }
                    { line("自查依据", c.pack_title.clone()) }
                    { line("问卷包版本", format!("{} {}", c.pack_id, c.pack_version)) }
                    { for c.overlays.iter().map(|o| line("叠加的地方标准", o.clone())) }
                </tbody>
            </table>
        </section>
    }
}
