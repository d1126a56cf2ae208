//! One case on the projector: position, scenario, the article choices, and once revealed the
//! answer (marked in words as well as colour) with its explanation.

use fingertip_core::training::Case;
use yew::prelude::*;

use super::{article_name, choice_letter, Static};
use crate::components::PackRef;

/// Props of [`PresenterSlide`].
#[derive(Properties, PartialEq)]
pub struct PresenterSlideProps {
    /// The criteria pack.
    pub pack: PackRef,
    /// The case shown.
    pub case: Static<Case>,
    /// Its position, 1-based.
    pub number: usize,
    /// Cases in the deck.
    pub total: usize,
    /// Whether the answer is shown.
    pub revealed: bool,
}

/// The slide.
#[component]
pub fn PresenterSlide(props: &PresenterSlideProps) -> Html {
    let (case, pack) = (props.case.0, props.pack.0);
    let choice = |(n, a): (usize, &str)| {
        let right = props.revealed && a == case.article;
        html! {
            <li class={classes!(right.then_some("correct"))}>
                <span class="slide-letter">{ choice_letter(n) }</span>
                { article_name(pack, a) }
                if right { <strong class="slide-mark">{ " ✓ 正确答案" }</strong> }
            </li>
        }
    };
    let red = if case.red_line {
        "是,属于红线问题"
    } else {
        "否,不属于红线问题"
    };
    html! {
        <section class="presenter-slide" aria-labelledby="slide-title" tabindex="0">
            <p class="slide-position" aria-live="polite">{ format!("第 {} / {} 题", props.number, props.total) }</p>
            <h1 id="slide-title" class="slide-title">{ format!("{} {}", case.id, case.title) }</h1>
            <p class="slide-scenario">{ case.scenario.clone() }</p>
            <p class="slide-question">{ "适用哪一条?是否属于红线问题?" }</p>
            <ol class="slide-choices">{ for case.ordered_choices(pack).into_iter().enumerate().map(choice) }</ol>
            <div class="slide-answer" id="slide-answer" tabindex="-1" aria-live="polite">
                if props.revealed {
                    <p class="slide-verdict">
                        <strong>{ format!("答案:{}", article_name(pack, &case.article)) }</strong>
                        { format!(" · 红线:{red}") }
                    </p>
                    <p class="slide-explanation">{ case.explanation.clone() }</p>
                }
            </div>
        </section>
    }
}
