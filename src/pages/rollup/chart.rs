//! The per-part chart over all units in view: the report's `ChartSvg` geometry drawn as SVG.

use fingertip_core::report::ChartSvg;
use yew::prelude::*;

/// Props of [`RollupChart`].
#[derive(Properties, PartialEq)]
pub struct RollupChartProps {
    /// The chart geometry.
    pub chart: ChartSvg,
}

/// The stacked bars; each segment carries a `<title>` with its count.
#[component]
pub fn RollupChart(props: &RollupChartProps) -> Html {
    let chart = &props.chart;
    html! {
        <figure class="chart keep">
            <svg class="part-chart" viewBox={format!("0 0 {} {}", chart.width, chart.height)}
                role="img" aria-labelledby="rollup-chart-caption" preserveAspectRatio="xMinYMin meet">
                { for chart.rects.iter().map(|r| html! {
                    <rect x={r.x.to_string()} y={r.y.to_string()} width={r.w.to_string()}
                        height={r.h.to_string()} class={r.class}><title>{ r.text.clone() }</title></rect>
                }) }
                { for chart.labels.iter().map(|l| html! {
                    <text x={l.x.to_string()} y={l.y.to_string()} text-anchor={l.anchor} class={l.class}>{ l.text.clone() }</text>
                }) }
            </svg>
            <figcaption id="rollup-chart-caption">{ "各部分自查结果(所有单位合计,条目数)" }</figcaption>
        </figure>
    }
}
