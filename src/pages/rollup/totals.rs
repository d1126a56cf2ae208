//! The totals over the units in view: units, units with red lines, complete units, apps ready
//! to file, and the row counts.

use fingertip_core::rollup::Totals;
use yew::prelude::*;

/// Props of [`RollupTotals`].
#[derive(Properties, PartialEq)]
pub struct RollupTotalsProps {
    /// The totals.
    pub totals: Totals,
}

/// The 合计 table.
#[component]
pub fn RollupTotals(props: &RollupTotalsProps) -> Html {
    let t = props.totals;
    html! {
        <table class="rollup-totals keep" data-testid="rollup-totals">
            <caption>{ "合计" }</caption>
            <tbody>
                <tr><th scope="row">{ "单位" }</th><td>{ t.units }</td>
                    <th scope="row">{ "存在红线问题的单位" }</th><td>{ t.units_with_red }</td></tr>
                <tr><th scope="row">{ "全部作答的单位" }</th><td>{ t.units_complete }</td>
                    <th scope="row">{ "可提交备案的应用" }</th><td>{ format!("{} / {}", t.apps_ready, t.apps) }</td></tr>
                <tr><th scope="row">{ "红线(行)" }</th><td>{ t.counts.red_line }</td>
                    <th scope="row">{ "建议改进 / 未作答(行)" }</th><td>{ format!("{} / {}", t.counts.advisory, t.counts.unanswered) }</td></tr>
            </tbody>
        </table>
    }
}
