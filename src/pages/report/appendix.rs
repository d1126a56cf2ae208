//! 附录: every applicable row with its answer, status, the unit's note and ticked evidence,
//! grouped by part, so the report stands on its own without the app.

use fingertip_core::report::{AnswerRow, AppendixPart};
use yew::prelude::*;

use super::SectionProps;

/// One answer row.
fn row(a: &AnswerRow) -> Html {
    let status_class = format!("status-{:?}", a.status).to_lowercase();
    html! {
        <tr>
            <td><span class="item-id">{ a.item.clone() }</span></td>
            <td>{ a.asset_label.clone() }</td>
            <td>{ a.question.clone() }</td>
            <td>{ a.answer.clone() }</td>
            <td class={status_class}>{ a.status_label }</td>
            <td>
                { a.note.clone() }
                if !a.note.is_empty() && !a.evidence.is_empty() { <br /> }
                { a.evidence.clone() }
            </td>
        </tr>
    }
}

/// One part's table.
fn part(p: &AppendixPart) -> Html {
    html! {
        <table class="appendix-table">
            <caption>{ format!("{} {}", p.id, p.title) }</caption>
            <thead>
                <tr>
                    <th scope="col" class="col-id">{ "条目" }</th>
                    <th scope="col" class="col-asset">{ "对象" }</th>
                    <th scope="col" class="col-question">{ "问题" }</th>
                    <th scope="col" class="col-answer">{ "回答" }</th>
                    <th scope="col" class="col-status">{ "状态" }</th>
                    <th scope="col" class="col-notes">{ "说明与佐证材料" }</th>
                </tr>
            </thead>
            <tbody>{ for p.rows.iter().map(row) }</tbody>
        </table>
    }
}

/// The appendix; starts on a new printed page.
#[component]
pub fn ReportAppendix(props: &SectionProps) -> Html {
    html! {
        <section class="report-section appendix" aria-labelledby="sec-appendix">
            <h2 id="sec-appendix">{ "附录 全部作答情况" }</h2>
            { for props.report.appendix.iter().map(part) }
        </section>
    }
}
