//! The handout's case sheet: every case with its choices and blank boxes for the red-line call.
//! It carries no answers; those are on the answer key's own page.

use std::rc::Rc;

use fingertip_core::training::Case;
use yew::prelude::*;

use super::{article_name, choice_letter};
use crate::components::PackRef;

/// Props of [`HandoutCases`].
#[derive(Properties, PartialEq)]
pub struct HandoutCasesProps {
    /// The criteria pack.
    pub pack: PackRef,
    /// The cases of the handout, in order.
    pub cases: Rc<[&'static Case]>,
}

/// The case sheet.
#[component]
pub fn HandoutCases(props: &HandoutCasesProps) -> Html {
    let pack = props.pack.0;
    let case = |c: &Case| {
        html! {
            <div class="handout-case keep">
                <h3>{ format!("{} {}", c.id, c.title) }</h3>
                <p>{ c.scenario.clone() }</p>
                <p class="handout-question">{ "适用哪一条?" }</p>
                <ul class="handout-choices">
                    { for c.ordered_choices(pack).into_iter().enumerate().map(|(n, a)| html! {
                        <li>{ format!("□ {}. {}", choice_letter(n), article_name(pack, a)) }</li>
                    }) }
                </ul>
                <p class="handout-question">{ "是否属于红线问题? □是 □否" }</p>
            </div>
        }
    };
    html! {
        <section class="handout-section new-page" aria-labelledby="handout-cases">
            <h2 id="handout-cases">{ "二、案例练习" }</h2>
            <p class="handout-lead">{ "阅读每个案例,勾选适用的条文,并判断是否属于红线问题。参考答案另页附后。" }</p>
            { for props.cases.iter().map(|c| case(c)) }
        </section>
    }
}
