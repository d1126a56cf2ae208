//! Items added by 地方标准 that only some units' files carry: their counts do not compare
//! across units, so each is listed with how many units had it.

use std::rc::Rc;

use fingertip_core::rollup::RollUp;
use yew::prelude::*;

/// Props of [`RollupNotEverywhere`].
#[derive(Properties, PartialEq)]
pub struct RollupNotEverywhereProps {
    /// The roll-up.
    pub rollup: Rc<RollUp>,
}

/// The list; nothing when every unit was asked the same items.
#[component]
pub fn RollupNotEverywhere(props: &RollupNotEverywhereProps) -> Html {
    let items = &props.rollup.not_asked_everywhere;
    if items.is_empty() {
        return Html::default();
    }
    html! {
        <section aria-labelledby="rollup-not-everywhere-title">
            <h2 id="rollup-not-everywhere-title">{ format!("并非所有单位都填写的题目({} 道,来自地方标准)", items.len()) }</h2>
            <ul data-testid="rollup-not-everywhere">
                { for items.iter().map(|x| html! { <li>{ x.line() }</li> }) }
            </ul>
        </section>
    }
}
