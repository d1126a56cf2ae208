//! One questionnaire row: an item asked of one asset, with its status, answer control,
//! 不适用, exception, notes, evidence, rectification fields and help.

mod batch;
mod evidence;
mod justification;
mod not_applicable;
mod rectify;
mod status_badge;

use std::rc::Rc;

use fingertip_core::date::days_from_iso;
use fingertip_core::engine::{card_problems, involved_functions, Status};
use fingertip_core::model::{Answer, AnswerValue, JustificationField};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::answer::AnswerInput;
use super::HelpPanel;
use super::PackRef;
use crate::hooks::AnswerChange;
use batch::BatchAnswer;
use evidence::EvidenceField;
use justification::JustificationCard;
use not_applicable::NotApplicableField;
use rectify::RectifyFields;
use status_badge::{status_class, StatusBadge};

/// Props of [`ItemRow`].
#[derive(Properties, PartialEq)]
pub struct ItemRowProps {
    /// The criteria pack (compared by address, so it costs nothing).
    pub pack: PackRef,
    /// Item id, e.g. `B4.1`.
    pub item: AttrValue,
    /// Asset id, or `unit`.
    pub asset: AttrValue,
    /// The asset's name, shown with the question; empty for unit items.
    #[prop_or_default]
    pub asset_label: AttrValue,
    /// The saved answer, if any.
    pub answer: Option<Answer>,
    /// The row's judgement.
    pub status: Status,
    /// Why, in Chinese (firing rules, exception, 不适用 reason).
    #[prop_or_default]
    pub reasons: Rc<Vec<String>>,
    /// Stores an answer; must be stable across renders (see `use_answer_setter`).
    pub on_answer: Callback<AnswerChange>,
    /// The assessment date `YYYY-MM-DD`, against which an exception's period is checked.
    #[prop_or_default]
    pub today: AttrValue,
    /// What the row's assets are called (应用, 账号, 群组) when other assets of that kind are asked
    /// the same item, so the answer can be copied to them; `None` otherwise.
    #[prop_or_default]
    pub batch_noun: Option<AttrValue>,
}

/// Makes a callback that applies `change` to a copy of the current answer and stores it,
/// keeping every field the change does not touch.
fn editor<E: 'static>(
    props: &ItemRowProps,
    change: impl Fn(&mut Answer, E) + 'static,
) -> Callback<E> {
    let (on_answer, item, asset, old) = (
        props.on_answer.clone(),
        props.item.clone(),
        props.asset.clone(),
        props.answer.clone(),
    );
    Callback::from(move |event: E| {
        let mut next = old.clone().unwrap_or_default();
        change(&mut next, event);
        on_answer.emit(AnswerChange {
            item: item.clone(),
            asset: asset.clone(),
            answer: Some(next),
        });
    })
}

/// The text of the input or textarea an event came from.
pub(super) fn text_of(e: &InputEvent) -> Option<String> {
    e.target_dyn_into::<HtmlInputElement>()
        .map(|i| i.value())
        .or_else(|| {
            e.target_dyn_into::<HtmlTextAreaElement>()
                .map(|t| t.value())
        })
}

/// The fold's label: what it holds, so a closed fold still says whether anything is inside.
fn extras_summary(answer: &Answer, evidence_items: usize) -> String {
    let mut held = Vec::new();
    if !answer.note.is_empty() {
        held.push("已填备注".to_string());
    }
    if !answer.evidence.is_empty() {
        held.push(format!("已选佐证材料 {} 项", answer.evidence.len()));
    }
    let what = if evidence_items > 0 {
        "备注和佐证材料"
    } else {
        "备注"
    };
    match held.is_empty() {
        true => what.to_string(),
        false => format!("{what}({})", held.join(",")),
    }
}

/// One row of the questionnaire.
#[component]
pub fn ItemRow(props: &ItemRowProps) -> Html {
    // The value the row had before it was marked 不适用, restored when the mark is cleared.
    let stashed = use_mut_ref(|| None::<AnswerValue>);
    // 备注 and 佐证材料 are folded until asked for, or open from the start when they hold something.
    let has_extras = props
        .answer
        .as_ref()
        .is_some_and(|a| !a.note.is_empty() || !a.evidence.is_empty());
    let extras_open = use_state(|| has_extras);
    let Some(item) = props.pack.item(&props.item) else {
        return html! { <p class="item-row-error">{ format!("题目 {} 不在当前自查标准中,无法显示。", props.item) }</p> };
    };
    let prefix = format!("q-{}-{}", props.item, props.asset);
    let answer = props.answer.clone().unwrap_or_default();
    let na_reason = match &answer.value {
        Some(AnswerValue::NotApplicable(r)) => Some(AttrValue::from(r.clone())),
        _ => None,
    };
    let legend = match props.asset_label.is_empty() {
        true => AttrValue::from(item.question.clone()),
        false => AttrValue::from(format!("{}({})", item.question, props.asset_label)),
    };
    let on_value = editor(props, |a, v: Option<AnswerValue>| a.value = v);
    let on_na = editor(props, move |a, on: bool| {
        let mut stash = stashed.borrow_mut();
        a.value = if on {
            *stash = a
                .value
                .take()
                .filter(|v| !matches!(v, AnswerValue::NotApplicable(_)));
            Some(AnswerValue::NotApplicable(String::new()))
        } else {
            stash.take()
        };
    });
    let on_na_reason = editor(props, |a, r: String| {
        a.value = Some(AnswerValue::NotApplicable(r))
    });
    let on_exception = editor(props, |a, e: Event| {
        if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
            a.exception = i.checked();
        }
    });
    let on_note = editor(props, |a, e: InputEvent| {
        a.note = text_of(&e).unwrap_or_default()
    });
    let on_evidence = editor(props, |a, ev: Vec<usize>| a.evidence = ev);
    let on_card = editor(
        props,
        |a, (function, field, text): (String, JustificationField, String)| {
            a.justifications
                .entry(function)
                .or_default()
                .set(field, text);
        },
    );
    let today = days_from_iso(&props.today);
    let cards = match (&item.exception, answer.exception, &answer.value) {
        (Some(exception), true, Some(value)) => involved_functions(exception, value)
            .into_iter()
            .map(|f| {
                let card = answer
                    .justifications
                    .get(&f.value)
                    .cloned()
                    .unwrap_or_default();
                let problems = card_problems(exception, Some(&card), today);
                let function = f.value.clone();
                let on_change =
                    on_card.reform(move |(field, text)| (function.clone(), field, text));
                html! {
                    <JustificationCard id_prefix={format!("{prefix}-just-{}", f.value)}
                        function={f.label.clone()} {card} {problems} {on_change} />
                }
            })
            .collect::<Html>(),
        _ => Html::default(),
    };
    let on_owner = editor(props, |a, s: String| a.owner = s);
    let on_deadline = editor(props, |a, s: String| a.deadline = s);
    let (exc_id, note_id) = (format!("{prefix}-exception"), format!("{prefix}-note"));
    let on_extras_toggle = {
        let extras_open = extras_open.clone();
        Callback::from(move |e: Event| {
            if let Some(d) = e.target_dyn_into::<web_sys::Element>() {
                extras_open.set(d.has_attribute("open"));
            }
        })
    };
    html! {
        <div class={classes!("item-row", status_class(props.status))}
            id={format!("row-{}-{}", props.item, props.asset)} tabindex="-1">
            <div class="item-head">
                <span class="item-id">{ props.item.clone() }</span>
                if let Some(source) = fingertip_core::overlay::source_of(&props.pack, item) {
                    <span class="item-source">{ source.label() }</span>
                }
                <StatusBadge status={props.status} reasons={props.reasons.clone()} />
            </div>
            <AnswerInput kind={Rc::new(item.answer.clone())} value={answer.value.clone()} on_change={on_value}
                id_prefix={prefix.clone()} {legend} disabled={na_reason.is_some()} />
            if let (Some(noun), Some(_)) = (&props.batch_noun, &answer.value) {
                <BatchAnswer item={props.item.clone()} asset={props.asset.clone()} noun={noun.clone()}
                    id_prefix={prefix.clone()} />
            }
            <NotApplicableField id_prefix={prefix.clone()} reason={na_reason}
                on_toggle={on_na} on_reason={on_na_reason} />
            if let Some(exception) = &item.exception {
                <div class="field check">
                    <input type="checkbox" id={exc_id.clone()} checked={answer.exception} onchange={on_exception} />
                    <label for={exc_id}>{ exception.label.clone() }</label>
                </div>
                { cards }
            }
            <details class="row-extras" open={*extras_open || has_extras} ontoggle={on_extras_toggle}>
                <summary>{ extras_summary(&answer, item.evidence.len()) }</summary>
                <div class="field">
                    <label for={note_id.clone()}>{ "备注" }</label>
                    <textarea id={note_id} rows="2" value={answer.note.clone()} oninput={on_note} />
                </div>
                <EvidenceField id_prefix={prefix.clone()} labels={Rc::new(item.evidence.clone())}
                    selected={answer.evidence.clone()} on_change={on_evidence} />
            </details>
            if props.status.severity().is_some() {
                <RectifyFields id_prefix={prefix} owner={answer.owner.clone()} deadline={answer.deadline.clone()}
                    {on_owner} {on_deadline} />
            }
            <HelpPanel pack={props.pack} item={props.item.clone()} />
        </div>
    }
}
