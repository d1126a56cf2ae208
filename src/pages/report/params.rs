//! Section 六 判断参数: the thresholds the judgement used, labelled as the tool's adjustable
//! defaults (or the unit's own values), never as national rules.

use yew::prelude::*;

use super::SectionProps;

/// The parameters table.
#[component]
pub fn ReportParams(props: &SectionProps) -> Html {
    let rows = &props.report.parameters;
    html! {
        <section class="report-section" aria-labelledby="sec-params">
            <h2 id="sec-params">{ "六、判断参数(可调整的默认值)" }</h2>
            <p class="section-lead">
                { "以下数值是本工具为便于判断而设定的默认标准,并非国家统一规定;单位可结合实际调整,调整过的参数标明“本单位调整”。" }
            </p>
            if !rows.is_empty() {
                <table class="param-table">
                    <caption>{ "本次自查采用的判断参数" }</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="col-name">{ "参数" }</th>
                            <th scope="col" class="col-short">{ "采用值" }</th>
                            <th scope="col" class="col-short">{ "默认值" }</th>
                            <th scope="col" class="col-short">{ "来源" }</th>
                            <th scope="col">{ "说明" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|p| html! {
                            <tr class={p.changed.then_some("param-changed")}>
                                <th scope="row">{ p.label.clone() }</th>
                                <td>{ p.value_text.clone() }</td>
                                <td>{ p.default_text.clone() }</td>
                                <td>{ p.source }</td>
                                <td>{ p.note.clone() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
