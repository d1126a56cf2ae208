//! The end of a practice round: points, articles and red-line calls right, and 再练一次.

use yew::prelude::*;

use crate::route::{href, Route};

/// Props of [`ScoreCard`].
#[derive(Properties, PartialEq)]
pub struct ScoreCardProps {
    /// Cases answered.
    pub answered: usize,
    /// Cases in the round.
    pub cases: usize,
    /// Points scored.
    pub points: usize,
    /// Points possible for the cases answered.
    pub max_points: usize,
    /// Cases whose article was right.
    pub articles_right: usize,
    /// Cases whose red-line call was right.
    pub red_lines_right: usize,
    /// Id of the heading, which takes focus when the score appears.
    pub heading_id: AttrValue,
    /// 再练一次 was pressed.
    pub on_restart: Callback<()>,
}

/// The score.
#[component]
pub fn ScoreCard(props: &ScoreCardProps) -> Html {
    let on_restart = props.on_restart.reform(|_: MouseEvent| ());
    html! {
        <section class="score-card" aria-labelledby={props.heading_id.clone()}>
            <h2 id={props.heading_id.clone()} tabindex="-1">{ "练习结果" }</h2>
            <p class="score-points">{ format!("得分 {} / {}", props.points, props.max_points) }</p>
            <dl class="score-details">
                <div><dt>{ "已答题数" }</dt><dd>{ format!("{} / {}", props.answered, props.cases) }</dd></div>
                <div><dt>{ "适用条文判断正确" }</dt><dd>{ format!("{} / {}", props.articles_right, props.answered) }</dd></div>
                <div><dt>{ "红线判断正确" }</dt><dd>{ format!("{} / {}", props.red_lines_right, props.answered) }</dd></div>
            </dl>
            <p class="score-note">{ "练习结果不保存,离开本页即清空。" }</p>
            <div class="actions">
                <button type="button" class="primary" onclick={on_restart}>{ "再练一次" }</button>
                <a class="button-link" href={href(&Route::Training)}>{ "返回培训学习" }</a>
            </div>
        </section>
    }
}
