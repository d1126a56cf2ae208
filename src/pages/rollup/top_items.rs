//! The items most often red: how many units and assets, and the units themselves on demand
//! (a disclosure, so thousands of names are not drawn until asked for).

use std::rc::Rc;

use fingertip_core::rollup::RollUp;
use yew::prelude::*;

/// Items listed.
const TOP: usize = 15;

/// Props of [`RollupTopItems`].
#[derive(Properties, PartialEq)]
pub struct RollupTopItemsProps {
    /// The roll-up.
    pub rollup: Rc<RollUp>,
}

/// The top-items table with drill-down.
#[component]
pub fn RollupTopItems(props: &RollupTopItemsProps) -> Html {
    let open = use_state(|| None::<u16>);
    let r = &props.rollup;
    html! {
        <section aria-labelledby="rollup-top-title">
            <h2 id="rollup-top-title">{ "红线问题最多的题目" }</h2>
            if r.top_red.is_empty() {
                <p>{ "所选范围内没有红线问题。" }</p>
            } else {
                <table class="rollup-top" data-testid="rollup-top">
                    <thead><tr><th scope="col">{ "题号" }</th><th scope="col">{ "题目" }</th>
                        <th scope="col">{ "单位数" }</th><th scope="col">{ "涉及资产数" }</th>
                        <th scope="col" class="no-print">{ "单位" }</th></tr></thead>
                    <tbody>
                        { for r.top_red.iter().take(TOP).map(|t| {
                            let item = t.item;
                            let expanded = *open == Some(item);
                            let toggle = {
                                let open = open.clone();
                                Callback::from(move |_: MouseEvent| open.set((!expanded).then_some(item)))
                            };
                            html! {
                                <tr>
                                    <th scope="row">{ t.id.clone() }</th><td>{ t.question.clone() }</td>
                                    <td>{ t.units }</td><td>{ t.assets }</td>
                                    <td class="no-print">
                                        <button type="button" aria-expanded={expanded.to_string()} onclick={toggle}>
                                            { if expanded { "收起" } else { "查看单位" } }
                                        </button>
                                        if expanded {
                                            <ul class="drill-down">{ for t.unit_rows.iter().filter_map(|&i| r.units.get(i))
                                                .map(|u| html! { <li>{ u.unit.clone() }</li> }) }</ul>
                                        }
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
