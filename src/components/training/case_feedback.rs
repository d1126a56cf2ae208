//! Feedback after a case is answered: right or wrong for each question with the correct answer,
//! the explanation, its basis with confidence tags and the questionnaire items that check it.

use std::rc::Rc;

use fingertip_core::training::Case;
use yew::prelude::*;

use super::{article_name, BasisTags, ItemList, Static};
use crate::components::PackRef;

/// Props of [`CaseFeedback`].
#[derive(Properties, PartialEq)]
pub struct CaseFeedbackProps {
    /// The criteria pack.
    pub pack: PackRef,
    /// The case answered.
    pub case: Static<Case>,
    /// The article chosen was the right one.
    pub article_correct: bool,
    /// The red-line call was right.
    pub red_line_correct: bool,
    /// Id of the heading, which takes focus when the feedback appears.
    pub heading_id: AttrValue,
    /// This was the last case: the button shows the score instead.
    pub last: bool,
    /// 下一题 (or 查看得分) was pressed.
    pub on_next: Callback<()>,
}

/// One "right / wrong, the answer is …" line.
fn verdict(question: &str, correct: bool, answer: String) -> Html {
    let (class, mark) = if correct {
        ("right", "✓ 正确")
    } else {
        ("wrong", "✗ 错误")
    };
    html! {
        <li class={classes!("verdict-line", class)}>
            <strong>{ format!("{question}:{mark}") }</strong>
            { format!("。正确答案:{answer}") }
        </li>
    }
}

/// The feedback panel.
#[component]
pub fn CaseFeedback(props: &CaseFeedbackProps) -> Html {
    let case = props.case.0;
    let title = match (props.article_correct, props.red_line_correct) {
        (true, true) => "回答正确",
        (false, false) => "回答错误",
        _ => "部分正确",
    };
    let red = if case.red_line {
        "属于红线问题"
    } else {
        "不属于红线问题"
    };
    let items: Rc<Vec<&'static str>> = Rc::new(case.items.iter().map(String::as_str).collect());
    let on_next = props.on_next.reform(|_: MouseEvent| ());
    html! {
        <section class="case-feedback" aria-labelledby={props.heading_id.clone()}>
            <h2 id={props.heading_id.clone()} tabindex="-1">{ title }</h2>
            <ul class="verdicts">
                { verdict("适用条文", props.article_correct, article_name(props.pack.0, &case.article)) }
                { verdict("红线判断", props.red_line_correct, red.to_string()) }
            </ul>
            <p class="case-category">{ format!("问题类型:{}", case.category) }</p>
            <p class="case-explanation">{ case.explanation.clone() }</p>
            if !case.basis.is_empty() {
                <h3>{ "依据" }</h3>
                <BasisTags pack={props.pack} basis={Static(case.basis.as_slice())} />
            }
            if !items.is_empty() {
                <h3>{ "问卷中的相关题目" }</h3>
                <ItemList pack={props.pack} {items} />
            }
            <button type="button" class="primary" onclick={on_next}>
                { if props.last { "查看得分" } else { "下一题" } }
            </button>
        </section>
    }
}
