//! Each app's filing readiness (备案准备情况) as a table: one row per hosted app with its verdict
//! and reasons. The result step and the report's summary both show it.

use std::rc::Rc;

use fingertip_core::engine::FilingVerdict;
use yew::prelude::*;

/// Props of [`FilingTable`].
#[derive(Properties, PartialEq)]
pub struct FilingTableProps {
    /// One verdict per app, in inventory order.
    pub filing: Rc<Vec<FilingVerdict>>,
    /// A caption (the report's); without one the page's heading names the table.
    #[prop_or_default]
    pub caption: Option<AttrValue>,
}

/// The filing-readiness table.
#[component]
pub fn FilingTable(props: &FilingTableProps) -> Html {
    // The report sizes its columns for print; the result step lets the table flow.
    let sized = props.caption.is_some();
    html! {
        <table class="filing-table">
            if let Some(caption) = &props.caption { <caption>{ caption.clone() }</caption> }
            <thead><tr>
                <th scope="col" class={sized.then_some("col-name")}>{ "应用" }</th>
                <th scope="col" class={sized.then_some("col-verdict")}>{ "结论" }</th>
                <th scope="col">{ "原因" }</th>
            </tr></thead>
            <tbody>
                { for props.filing.iter().map(|f| html! {
                    <tr><th scope="row">{ f.label.clone() }</th><td>{ f.verdict.label() }</td>
                    <td>{ f.reasons.join(";") }</td></tr>
                }) }
            </tbody>
        </table>
    }
}
