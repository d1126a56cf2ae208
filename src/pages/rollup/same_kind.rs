//! Same-kind apps across units, for the supervisor to judge (合并、共用): each group with its
//! reason and score. Never shown as a problem of any unit.

use std::rc::Rc;

use fingertip_core::rollup::RollUp;
use yew::prelude::*;

/// Groups listed, and members listed per group.
const GROUPS: usize = 20;
const MEMBERS: usize = 12;

/// Props of [`RollupSameKind`].
#[derive(Properties, PartialEq)]
pub struct RollupSameKindProps {
    /// The roll-up.
    pub rollup: Rc<RollUp>,
}

/// The groups.
#[component]
pub fn RollupSameKind(props: &RollupSameKindProps) -> Html {
    let r = &props.rollup;
    html! {
        <section aria-labelledby="rollup-same-title">
            <h2 id="rollup-same-title">{ "可能同类的应用(供研判,不作为问题)" }</h2>
            if r.same_kind.is_empty() {
                <p>{ "未发现不同单位之间名称相近或功能相同的应用。" }</p>
            } else {
                <ol class="rollup-same" data-testid="rollup-same">
                    { for r.same_kind.iter().take(GROUPS).map(|g| {
                        let more = g.members.len().saturating_sub(MEMBERS);
                        html! {
                            <li>
                                <strong>{ g.group.reason.label() }</strong>
                                { format!("(相似度 {},{} 个单位):", g.group.score, g.group.units) }
                                { g.members.iter().take(MEMBERS).map(|(u, a)| format!("{u}“{a}”"))
                                    .collect::<Vec<_>>().join("、") }
                                if more > 0 { { format!(" 等,另有 {more} 个") } }
                            </li>
                        }
                    }) }
                </ol>
                if r.same_kind.len() > GROUPS {
                    <p>{ format!("另有 {} 组,见导出的 Excel“同类应用”表。", r.same_kind.len() - GROUPS) }</p>
                }
            }
        </section>
    }
}
