//! 案例练习: one case at a time — the scenario, two radio questions, 提交, feedback in a live
//! region, 下一题 — a progress line, and a score at the end. The round is kept in this browser
//! (apart from drafts) until 再练一次, so leaving the page or reloading loses nothing.

use fingertip_core::training::{
    embedded_training, score, FocusTarget, Practice, PracticeAction, POINTS_PER_CASE,
};

use super::picked_cases;
use yew::prelude::*;

use super::machine::Machine;
use crate::components::training::{
    CaseFeedback, CaseForm, CaseScenario, ScoreCard, Static, TrainingHeader, TrainingMissing,
};
use crate::components::PackRef;
use crate::hooks::use_app;
use crate::platform::focus::focus_id;
use crate::platform::practice_store;
use crate::route::{href, Route};

const CASE_HEADING: &str = "case-title";
const FEEDBACK_HEADING: &str = "feedback-title";
const SCORE_HEADING: &str = "score-title";

/// The practice page.
#[component]
pub fn TrainingCasesPage() -> Html {
    let app = use_app();
    let (selection, cases) = use_memo((), |()| picked_cases()).as_ref().clone();
    let state = use_reducer(move || {
        let record = practice_store::load(&cases);
        Machine(Practice::resume(cases, record))
    });
    use_effect_with(state.record(), practice_store::save);
    use_effect_with(state.focus, |focus| {
        if let Some((target, _)) = focus {
            focus_id(match target {
                FocusTarget::Case => CASE_HEADING,
                FocusTarget::Feedback => FEEDBACK_HEADING,
                FocusTarget::Score => SCORE_HEADING,
            });
        }
    });
    let Some(case) = state.case().filter(|_| embedded_training().is_some()) else {
        return html! { <TrainingMissing /> };
    };
    let pack = PackRef(app.pack());
    let send = |action: PracticeAction| -> Callback<()> {
        let state = state.dispatcher();
        Callback::from(move |()| state.dispatch(action.clone()))
    };
    let on_article = state
        .dispatcher()
        .to_callback()
        .reform(|a: AttrValue| PracticeAction::Article(a.to_string()));
    let on_red_line = state
        .dispatcher()
        .to_callback()
        .reform(PracticeAction::RedLine);
    let on_submit = state
        .dispatcher()
        .to_callback()
        .reform(|()| PracticeAction::Submit);
    let sc = score(&state.cases, &state.answers);
    let body = if state.finished {
        html! {
            <ScoreCard answered={sc.answered} cases={sc.cases} points={sc.points} max_points={sc.answered * POINTS_PER_CASE}
                articles_right={sc.articles_right} red_lines_right={sc.red_lines_right}
                heading_id={SCORE_HEADING} on_restart={send(PracticeAction::Restart)} />
        }
    } else {
        html! {
            <>
                <p class="practice-progress">
                    { format!("第 {} / {} 题 · 已答 {} 题 · 得分 {} / {}", state.deck.index() + 1, sc.cases, sc.answered, sc.points, sc.answered * POINTS_PER_CASE) }
                    if sc.answered > 0 {
                        <button type="button" class="link-button" onclick={send(PracticeAction::Finish).reform(|_: MouseEvent| ())}>{ "结束练习,查看得分" }</button>
                    }
                </p>
                <CaseScenario case={Static(case)} heading_id={CASE_HEADING} />
                <CaseForm {pack} case={Static(case)} article={state.answer.article.clone().map(AttrValue::from)}
                    red_line={state.answer.red_line} submitted={state.result.is_some()} incomplete={state.incomplete}
                    {on_article} {on_red_line} {on_submit} />
                <div class="feedback-region" aria-live="polite">
                    if let Some(r) = &state.result {
                        <CaseFeedback {pack} case={Static(case)} article_correct={r.article_correct}
                            red_line_correct={r.red_line_correct} heading_id={FEEDBACK_HEADING}
                            last={state.is_last()} on_next={send(PracticeAction::Next)} />
                    }
                </div>
            </>
        }
    };
    html! {
        <>
            <TrainingHeader />
            <section class="practice" aria-labelledby="practice-page-title">
                <h1 id="practice-page-title">{ "案例练习" }</h1>
                <p class="lead">{ "阅读案例,判断适用哪一条、是否属于红线问题,提交后查看解析。练习进度保存在本浏览器中(与自查草稿分开),离开或刷新页面不会丢失;“再练一次”从头开始。" }</p>
                <p class="pick-line">{ format!("本轮案例:{}。", selection.describe(super::all_cases())) }<a href={href(&Route::TrainingSelect)}>{ "选择案例" }</a></p>
                { body }
            </section>
        </>
    }
}
