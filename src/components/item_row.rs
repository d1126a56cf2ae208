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
use fingertip_core::edit::AnswerField;
use fingertip_core::engine::{card_problems, involved_functions, Status};
use fingertip_core::model::{Answer, AnswerValue, JustificationField};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::answer::AnswerInput;
use super::HelpPanel;
use super::PackRef;
use crate::hooks::FieldChange;
use crate::route::row_id;
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
    /// Changes one field of the answer; must be stable across renders (see `use_answer_field`).
    pub on_answer: Callback<FieldChange>,
    /// The assessment date `YYYY-MM-DD`, against which an exception's period is checked.
    #[prop_or_default]
    pub today: AttrValue,
    /// What the row's assets are called (应用, 账号, 群组) when other assets of that kind are asked
    /// the same item, so the answer can be copied to them; `None` otherwise.
    #[prop_or_default]
    pub batch_noun: Option<AttrValue>,
}

/// Makes a callback that sends the field `to_field` makes of an event: what the user changed,
/// applied by core to the answer as it is now (never a whole answer rebuilt from this render).
fn sender<E: 'static>(
    props: &ItemRowProps,
    to_field: impl Fn(E) -> Option<AnswerField> + 'static,
) -> Callback<E> {
    let (on_answer, item, asset) = (
        props.on_answer.clone(),
        props.item.clone(),
        props.asset.clone(),
    );
    Callback::from(move |event: E| {
        if let Some(field) = to_field(event) {
            on_answer.emit(FieldChange {
                item: item.clone(),
                asset: asset.clone(),
                field,
            });
        }
    })
}

/// The text of the input or textarea an event came from.
pub(super) fn text_of(e: &InputEvent) -> Option<String> {
    crate::components::inventory::input::value_of(e.as_ref())
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
    let on_value = sender(props, |v: Option<AnswerValue>| Some(AnswerField::Value(v)));
    // Core sets the value aside when 不适用 is ticked and brings it back when it is cleared.
    let on_na = sender(props, |on: bool| Some(AnswerField::NotApplicable(on)));
    let on_na_reason = sender(props, |r: String| Some(AnswerField::NotApplicableReason(r)));
    let on_exception = sender(props, |e: Event| {
        (e.target_dyn_into::<HtmlInputElement>()).map(|i| AnswerField::Exception(i.checked()))
    });
    let on_note = sender(props, |e: InputEvent| text_of(&e).map(AnswerField::Note));
    let on_evidence = sender(props, |ev: Vec<usize>| Some(AnswerField::Evidence(ev)));
    let on_card = sender(
        props,
        |(function, field, text): (String, JustificationField, String)| {
            Some(AnswerField::Justification {
                function,
                field,
                text,
            })
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
    let on_owner = sender(props, |s: String| Some(AnswerField::Owner(s)));
    let on_deadline = sender(props, |s: String| Some(AnswerField::Deadline(s)));
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
            id={row_id(&props.item, &props.asset)} tabindex="-1">
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
