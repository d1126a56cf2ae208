//! 附录: every applicable row with its answer, status, the unit's note and ticked evidence,
//! grouped by part, so the report stands on its own without the app.

use crate::hooks::SLICE_ROWS;
use crate::state::Shared;

use fingertip_core::paging::slices;
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

/// One part's table, with its first `n` rows; `start` is the index of its first row counted
/// across the parts. The rows are drawn in slices cut where the whole appendix's slices of
/// [`SLICE_ROWS`] are cut (the count drawn grows by a slice each turn), so a slice once drawn
/// keeps its props and is not drawn again. The wrapper lets the browser skip laying out a part
/// that is off screen (`content-visibility` in report.css): each slice laid out the whole growing
/// appendix again, up to ~450 ms a slice at 500 + 500.
fn part(report: &Shared<Report>, index: usize, start: usize, p: &AppendixPart, n: usize) -> Html {
    // One keyed list of its own: `{ for … }` beside the caption and head would be flattened
    // into one unkeyed list with them, which Yew pairs from its end, so each slice added
    // rebuilt the whole table.
    let slices: Html = slices(start, n, SLICE_ROWS)
        .into_iter()
        .map(|r| {
            let (from, to) = (r.start, r.end);
            html! { <AppendixSlice key={from} report={report.clone()} part={index} {from} {to} /> }
        })
        .collect();
    html! {
        <div class="appendix-part">
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
                { slices }
            </table>
        </div>
    }
}

/// Props of [`AppendixSlice`].
#[derive(Properties, PartialEq)]
struct SliceProps {
    report: Shared<Report>,
    /// Index of the part in the appendix.
    part: usize,
    /// The part's rows `from..to`.
    from: usize,
    to: usize,
}

/// Rows `from..to` of one part.
#[component]
fn AppendixSlice(props: &SliceProps) -> Html {
    let rows = props
        .report
        .appendix
        .get(props.part)
        .and_then(|p| p.rows.get(props.from..props.to))
        .unwrap_or_default();
    html! { <tbody>{ for rows.iter().map(row) }</tbody> }
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
    let mut start = 0;
    let tables = props.report.appendix.iter().enumerate().map(|(i, p)| {
        let n = props.drawn.saturating_sub(start).min(p.rows.len());
        let html = if n == 0 {
            Html::default()
        } else {
            part(&props.report, i, start, p, n)
        };
        start += p.rows.len();
        html
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
