//! The per-part chart: `ChartSvg` from the report model mapped 1:1 to inline SVG; colours come
//! from the CSS classes of each shape, so print styles can restyle them.

use fingertip_core::report::ChartSvg;
use yew::prelude::*;

use super::SectionProps;

/// The stacked bars as `<svg>`; each segment carries a `<title>` with its count.
#[component]
pub fn PartChart(props: &SectionProps) -> Html {
    let chart: &ChartSvg = &props.report.chart;
    html! {
        <figure class="chart keep">
            <svg class="part-chart" viewBox={format!("0 0 {} {}", chart.width, chart.height)}
                role="img" aria-labelledby="chart-caption" preserveAspectRatio="xMinYMin meet">
                { for chart.rects.iter().map(|r| html! {
                    <rect x={r.x.to_string()} y={r.y.to_string()} width={r.w.to_string()}
                        height={r.h.to_string()} class={r.class}>
                        <title>{ r.text.clone() }</title>
                    </rect>
                }) }
                { for chart.labels.iter().map(|l| html! {
                    <text x={l.x.to_string()} y={l.y.to_string()} text-anchor={l.anchor} class={l.class}>
                        { l.text.clone() }
                    </text>
                }) }
            </svg>
            <figcaption id="chart-caption">{ "图 1 各部分自查结果(条目数)" }</figcaption>
        </figure>
    }
}
