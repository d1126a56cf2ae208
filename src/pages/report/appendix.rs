//! 附录: every applicable row with its answer, status, the unit's note and ticked evidence,
//! grouped by part, so the report stands on its own without the app.

use crate::state::Shared;

use fingertip_core::report::{AnswerRow, AppendixPart, Report};
use yew::prelude::*;

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

/// One part's table, with its first `n` rows.
fn part(p: &AppendixPart, n: usize) -> Html {
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
            <tbody>{ for p.rows.iter().take(n).map(row) }</tbody>
        </table>
    }
}

/// Props of [`ReportAppendix`].
#[derive(Properties, PartialEq)]
pub struct AppendixProps {
    /// The report model.
    pub report: Shared<Report>,
    /// How many rows, counted across the parts, are drawn so far (a long appendix is drawn in
    /// slices, see `hooks::use_progressive`).
    pub drawn: usize,
}

/// Rows in the appendix, over all parts.
pub fn appendix_rows(report: &Report) -> usize {
    report.appendix.iter().map(|p| p.rows.len()).sum()
}

/// The appendix; starts on a new printed page.
#[component]
pub fn ReportAppendix(props: &AppendixProps) -> Html {
    let total = appendix_rows(&props.report);
    let mut left = props.drawn;
    let tables = props.report.appendix.iter().map(|p| {
        let n = left.min(p.rows.len());
        left -= n;
        if n == 0 {
            Html::default()
        } else {
            part(p, n)
        }
    });
    html! {
        <section class="report-section appendix" aria-labelledby="sec-appendix">
            <h2 id="sec-appendix">{ "附录 全部作答情况" }</h2>
            { for tables }
            if props.drawn < total {
                <p class="drawing">
                    { format!("附录较长,正在分批显示:已显示 {} / {} 行。全部显示后即可打印。", props.drawn, total) }
                </p>
            }
        </section>
    }
}
