//! The learner's answer to a case: which article applies and whether it is a red line, as two
//! native radio groups (Tab to a group, arrows to choose), then 提交.

use fingertip_core::training::Case;
use yew::prelude::*;

use super::{article_name, Static};
use crate::components::PackRef;

/// Props of [`CaseForm`].
#[derive(Properties, PartialEq)]
pub struct CaseFormProps {
    /// The criteria pack (for article names).
    pub pack: PackRef,
    /// The case answered.
    pub case: Static<Case>,
    /// The article chosen so far.
    pub article: Option<AttrValue>,
    /// The red-line call so far.
    pub red_line: Option<bool>,
    /// The answer has been submitted: the choices are locked.
    pub submitted: bool,
    /// Submit was pressed with a question unanswered.
    pub incomplete: bool,
    /// An article was chosen.
    pub on_article: Callback<AttrValue>,
    /// A red-line call was made.
    pub on_red_line: Callback<bool>,
    /// 提交 was pressed.
    pub on_submit: Callback<()>,
}

/// One radio with its label.
fn radio(name: &str, id: String, label: String, checked: bool, onchange: Callback<Event>) -> Html {
    html! {
        <label class="choice" for={id.clone()}>
            <input type="radio" {id} name={name.to_string()} {checked} {onchange} />
            <span>{ label }</span>
        </label>
    }
}

/// The two questions and the submit button.
#[component]
pub fn CaseForm(props: &CaseFormProps) -> Html {
    let case = props.case.0;
    let (article_group, red_group) = (format!("article-{}", case.id), format!("red-{}", case.id));
    let choices = case.ordered_choices(props.pack.0).into_iter().map(|a| {
        let (cb, value) = (props.on_article.clone(), AttrValue::from(a.to_string()));
        let checked = props.article.as_deref() == Some(a);
        let label = article_name(props.pack.0, a);
        radio(
            &article_group,
            format!("{article_group}-{a}"),
            label,
            checked,
            Callback::from(move |_| cb.emit(value.clone())),
        )
    });
    let calls = [(true, "是"), (false, "否")].map(|(v, label)| {
        let cb = props.on_red_line.clone();
        let id = format!("{red_group}-{}", if v { "yes" } else { "no" });
        radio(
            &red_group,
            id,
            label.to_string(),
            props.red_line == Some(v),
            Callback::from(move |_| cb.emit(v)),
        )
    });
    let onsubmit = {
        let cb = props.on_submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            cb.emit(());
        })
    };
    html! {
        <form class="case-form" {onsubmit}>
            <fieldset class="case-question" disabled={props.submitted}>
                <legend>{ "适用哪一条?" }</legend>
                <div class="choices">{ for choices }</div>
            </fieldset>
            <fieldset class="case-question" disabled={props.submitted}>
                <legend>{ "是否属于红线问题?" }</legend>
                <div class="choices choices-inline">{ for calls }</div>
            </fieldset>
            if props.incomplete && !props.submitted {
                <p class="form-hint" role="alert">{ "请先回答上面两个问题,再提交。" }</p>
            }
            if !props.submitted {
                <button type="submit" class="primary">{ "提交" }</button>
            }
        </form>
    }
}
