//! What 全部恢复 did: drafts restored, which got a new id (nothing was overwritten), what stays
//! quarantined, and anything that could not be written.

use yew::prelude::*;

use crate::hooks::RestoreReport;
use crate::route::{href, Route};

/// Props of [`RestoreReportView`].
#[derive(Properties, PartialEq)]
pub struct RestoreReportViewProps {
    /// The report.
    pub report: RestoreReport,
}

/// The report.
#[component]
pub fn RestoreReportView(props: &RestoreReportViewProps) -> Html {
    let r = &props.report;
    html! {
        <div class="restore-report">
            <p role="status">{ format!("已恢复 {} 份自查。", r.restored.len()) }</p>
            if !r.renamed.is_empty() {
                <p>{ format!(
                    "其中 {} 份因本浏览器中已有相同编号的草稿,已使用新编号加入,原有草稿没有被覆盖:{}。",
                    r.renamed.len(), r.renamed.join("、")
                ) }</p>
            }
            if r.quarantined > 0 {
                <p>{ format!("{} 份无法读取的内容已隔离保存,原始内容已保留,可随全部数据一起导出。", r.quarantined) }</p>
            }
            if !r.failed.is_empty() {
                <div role="alert">
                    <p>{ "以下内容未能写入浏览器存储,请保留好备份文件,腾出空间后再恢复一次:" }</p>
                    <ul>{ for r.failed.iter().map(|f| html! { <li>{ f.clone() }</li> }) }</ul>
                </div>
            }
            <p><a href={href(&Route::Start)}>{ "返回首页查看草稿" }</a></p>
        </div>
    }
}
