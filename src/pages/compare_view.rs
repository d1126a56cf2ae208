//! The comparison as the page and the A4 print show it: both checks' dates and fingerprints,
//! red-line counts first, counts per part, then the rows (只看变化 on by default) in plain words.

use std::rc::Rc;

use fingertip_core::cycle::{asset_words, changes_xlsx, ChangeKind, ChangeRow, Comparison, Side};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::platform::{download, print};
use crate::route::Route;

/// Props of [`CompareView`].
#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    /// The comparison core computed.
    pub comparison: Rc<Comparison>,
    /// The later draft, for the way back to its report; `None` when it is a file.
    #[prop_or_default]
    pub after_id: Option<AttrValue>,
}

/// The counts shown on top, in this order.
const SHOWN: [ChangeKind; 6] = [
    ChangeKind::Fixed,
    ChangeKind::NewFinding,
    ChangeKind::Persists,
    ChangeKind::AssetAdded,
    ChangeKind::AssetRemoved,
    ChangeKind::AnswerChanged,
];

fn side(s: &Option<Side>) -> Html {
    match s {
        Some(s) => html! {
            <>
                <span class="cmp-status">{ s.status_label }</span>{ ":" }{ s.answer.clone() }
                if !s.note.is_empty() { <span class="cmp-note">{ format!("说明:{}", s.note) }</span> }
            </>
        },
        None => html! { { "(本次不涉及)" } },
    }
}

fn row(r: &ChangeRow) -> Html {
    html! {
        <tr class={classes!(r.red_line.then_some("cmp-red"))}>
            <td>{ r.kind.label() }{ if r.red_line { "(红线)" } else { "" } }</td>
            <td>{ r.item.clone() }</td>
            <td>{ asset_words(r) }</td>
            <td class="cmp-question">{ r.question.clone() }</td>
            <td>{ side(&r.before) }</td>
            <td>{ side(&r.after) }</td>
        </tr>
    }
}

/// The comparison view.
#[component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let changes_only = use_state(|| true);
    let notice = use_state(|| None::<String>);
    let c = &props.comparison;
    let on_only = {
        let changes_only = changes_only.clone();
        Callback::from(move |_: Event| changes_only.set(!*changes_only))
    };
    let on_print = {
        let notice = notice.clone();
        Callback::from(move |_: MouseEvent| notice.set(print::print().err().map(|e| e.to_string())))
    };
    let on_xlsx = {
        let (notice, c) = (notice.clone(), c.clone());
        Callback::from(move |_: MouseEvent| {
            let result = changes_xlsx(&c)
                .map_err(|e| e.to_string())
                .and_then(|bytes| {
                    let name = format!(
                        "{}-自查对比-{}-{}.xlsx",
                        c.unit, c.before.date, c.after.date
                    );
                    download::download(
                        &name,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        &bytes,
                    )
                    .map_err(|e| e.to_string())
                });
            notice.set(result.err());
        })
    };
    let red = SHOWN
        .iter()
        .filter(|k| {
            matches!(
                k,
                ChangeKind::Fixed | ChangeKind::NewFinding | ChangeKind::Persists
            )
        })
        .map(|k| format!("{} {} 项", k.label(), c.red_lines.get(*k)))
        .collect::<Vec<_>>()
        .join(",");
    let rows: Vec<Html> = c.visible(*changes_only).map(row).collect();
    html! {
        <section class="compare" aria-labelledby="compare-title">
            <h1 id="compare-title" tabindex="-1">{ format!("{} · 两次自查对比", c.unit) }</h1>
            <table class="cmp-heads">
                <thead><tr><th scope="col">{ "" }</th><th scope="col">{ "自查日期" }</th><th scope="col">{ "目的" }</th><th scope="col">{ "数据指纹" }</th></tr></thead>
                <tbody>
                    <tr><th scope="row">{ "前一次" }</th><td>{ c.before.date.clone() }</td><td>{ c.before.purpose }</td><td class="fp">{ c.before.fingerprint.clone() }</td></tr>
                    <tr><th scope="row">{ "后一次" }</th><td>{ c.after.date.clone() }</td><td>{ c.after.purpose }</td><td class="fp">{ c.after.fingerprint.clone() }</td></tr>
                </tbody>
            </table>
            <p class="cmp-red-summary"><strong>{ "红线问题:" }</strong>{ red }</p>
            <ul class="cmp-counts" aria-label="变化统计">
                { for SHOWN.iter().map(|k| html! { <li>{ format!("{} {} 项", k.label(), c.totals.get(*k)) }</li> }) }
            </ul>
            if c.by_name > 0 {
                <p class="cmp-note">{ format!("有 {} 个对象两次的编号不同,按名称匹配,请核对。", c.by_name) }</p>
            }
            <table class="cmp-parts">
                <caption>{ "各部分变化" }</caption>
                <thead><tr><th scope="col">{ "部分" }</th>
                    { for SHOWN.iter().map(|k| html! { <th scope="col">{ k.label() }</th> }) }</tr></thead>
                <tbody>
                    { for c.parts.iter().map(|p| html! {
                        <tr><th scope="row">{ format!("{} {}", p.part, p.title) }</th>
                            { for SHOWN.iter().map(|k| html! { <td>{ p.counts.get(*k) }</td> }) }</tr>
                    }) }
                </tbody>
            </table>
            <div class="cmp-tools no-print">
                <label><input type="checkbox" checked={*changes_only} onchange={on_only} />{ "只看变化" }</label>
                <button type="button" onclick={on_print}>{ "打印对比" }</button>
                <button type="button" onclick={on_xlsx}>{ "导出变化(XLSX)" }</button>
                if let Some(id) = &props.after_id {
                    <Link<Route> to={Route::Report { id: id.to_string() }}>{ "返回报告" }</Link<Route>>
                }
            </div>
            if let Some(n) = &*notice { <p role="alert">{ n.clone() }</p> }
            <table class="cmp-rows">
                <caption>{ format!("逐项对比(共 {} 行)", rows.len()) }</caption>
                <thead><tr>
                    <th scope="col">{ "类别" }</th><th scope="col">{ "条目" }</th><th scope="col">{ "对象" }</th>
                    <th scope="col">{ "题目" }</th><th scope="col">{ "前一次" }</th><th scope="col">{ "后一次" }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </section>
    }
}
