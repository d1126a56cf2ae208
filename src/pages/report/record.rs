//! Section 八 定稿与修改记录 (自查底稿): the finalisation state, who finalised it and when, with
//! its fingerprint, and every reopening — reason, time, fingerprints before and after and the
//! answers that changed. Printed with the report.

use fingertip_core::report::RecordEntry;
use yew::prelude::*;

use super::SectionProps;

fn entry(e: &RecordEntry) -> Html {
    html! {
        <tr>
            <td>{ e.no }</td>
            <td>{ e.at.clone() }</td>
            <td class="record-reason">{ e.reason.clone() }</td>
            <td><code>{ e.before.clone() }</code></td>
            <td><code>{ e.after.clone() }</code></td>
            <td>{ if e.changed.is_empty() { "—".to_string() } else { e.changed.join("、") } }</td>
        </tr>
    }
}

/// The working record.
#[component]
pub fn ReportRecord(props: &SectionProps) -> Html {
    let r = &props.report.record;
    html! {
        <section class="report-section record keep" aria-labelledby="sec-record" data-testid="record">
            <h2 id="sec-record">{ "八、定稿与修改记录(自查底稿)" }</h2>
            <p>{ format!("状态:{}", r.status) }</p>
            if r.finalised {
                <p>{ format!("填报人:{};审核人:{};定稿时间:{};定稿时数据指纹:{}",
                    r.assessor, if r.reviewer.is_empty() { "—" } else { &r.reviewer }, r.at, r.fingerprint) }</p>
            }
            if r.entries.is_empty() {
                <p>{ "没有重新打开的记录。" }</p>
            } else {
                <table class="record-table">
                    <caption>{ "重新打开记录" }</caption>
                    <thead><tr>
                        <th scope="col">{ "序号" }</th><th scope="col">{ "时间" }</th><th scope="col">{ "原因" }</th>
                        <th scope="col">{ "之前指纹" }</th><th scope="col">{ "之后指纹" }</th><th scope="col">{ "修改的答案" }</th>
                    </tr></thead>
                    <tbody>{ for r.entries.iter().map(entry) }</tbody>
                </table>
            }
        </section>
    }
}
