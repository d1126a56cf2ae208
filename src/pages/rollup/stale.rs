//! Units whose self-check is older than the threshold: the supervisor asks them for a new one.

use std::rc::Rc;

use fingertip_core::rollup::RollUp;
use yew::prelude::*;

/// Props of [`RollupStale`].
#[derive(Properties, PartialEq)]
pub struct RollupStaleProps {
    /// The roll-up.
    pub rollup: Rc<RollUp>,
}

/// The list, oldest first.
#[component]
pub fn RollupStale(props: &RollupStaleProps) -> Html {
    let r = &props.rollup;
    html! {
        <section aria-labelledby="rollup-stale-title">
            <h2 id="rollup-stale-title">{ format!("超过 {} 天未更新的自查({} 个单位)", r.stale_days, r.stale.len()) }</h2>
            if !r.stale.is_empty() {
                <ul class="rollup-stale" data-testid="rollup-stale">
                    { for r.stale.iter().take(50).filter_map(|&i| r.units.get(i)).map(|u| html! {
                        <li>{ format!("{}:自查日期 {},距今 {} 天", u.unit, u.date, u.age_days.unwrap_or_default()) }</li>
                    }) }
                </ul>
            }
        </section>
    }
}
