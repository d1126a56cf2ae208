//! Section 四: every app, public account and work group of the inventory with the problems
//! found on it, so a unit sees at a glance which of its tools need work.

use crate::hooks::SLICE_ROWS;
use crate::state::Shared;

use fingertip_core::paging::slices;
use fingertip_core::report::Report;
use yew::prelude::*;

/// Props of [`ReportAssets`].
#[derive(Properties, PartialEq)]
pub struct AssetsProps {
    /// The report model.
    pub report: Shared<Report>,
    /// How many rows are drawn so far (hundreds of assets are drawn in slices).
    pub drawn: usize,
}

/// The per-asset table.
#[component]
pub fn ReportAssets(props: &AssetsProps) -> Html {
    let rows = &props.report.assets;
    // In slices that keep their props once drawn, in a keyed list of their own (see the
    // appendix's).
    let slices: Html = slices(0, props.drawn.min(rows.len()), SLICE_ROWS)
        .into_iter()
        .map(|r| {
            let (from, to) = (r.start, r.end);
            html! { <AssetSlice key={from} report={props.report.clone()} {from} {to} /> }
        })
        .collect();
    html! {
        <section class="report-section" aria-labelledby="sec-assets">
            <h2 id="sec-assets">{ "四、应用程序、公众账号和工作群组" }</h2>
            if rows.is_empty() {
                <p>{ "本单位清单中没有登记应用程序、公众账号或工作群组。" }</p>
            } else {
                <table class="asset-table">
                    <caption>{ format!("清单对象及发现的问题(共 {} 个)", rows.len()) }</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="col-name">{ "名称" }</th>
                            <th scope="col" class="col-kind">{ "类型" }</th>
                            <th scope="col">{ "发现的问题(条目及性质)" }</th>
                        </tr>
                    </thead>
                    { slices }
                </table>
            }
        </section>
    }
}

/// Props of [`AssetSlice`].
#[derive(Properties, PartialEq)]
struct SliceProps {
    report: Shared<Report>,
    /// The assets `from..to`.
    from: usize,
    to: usize,
}

/// Rows `from..to` of the per-asset table.
#[component]
fn AssetSlice(props: &SliceProps) -> Html {
    let rows = props
        .report
        .assets
        .get(props.from..props.to)
        .unwrap_or_default();
    html! {
        <tbody>
            { for rows.iter().map(|a| html! {
                <tr>
                    <th scope="row">{ a.name.clone() }</th>
                    <td>{ a.kind.clone() }</td>
                    <td>{ a.summary.clone() }</td>
                </tr>
            }) }
        </tbody>
    }
}
