//! One row of the rectification ledger: problem and basis as text, then the four editable
//! cells, each with a print-only copy of its value so paper shows plain text, not controls.

use std::rc::Rc;

use fingertip_core::model::RectStatus;
use fingertip_core::report::LedgerRow;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::ledger::{LedgerEdit, LedgerField};

/// Props of [`LedgerRowView`].
#[derive(Properties, PartialEq)]
pub struct LedgerRowViewProps {
    /// The row as the report model has it.
    pub row: Rc<LedgerRow>,
    /// Stores an edit; stable across renders.
    pub on_edit: Callback<LedgerEdit>,
}

/// The value of the input, textarea or select an event came from.
fn value_of<E: TargetCast>(e: &E) -> Option<String> {
    e.target_dyn_into::<HtmlInputElement>()
        .map(|i| i.value())
        .or_else(|| {
            e.target_dyn_into::<HtmlTextAreaElement>()
                .map(|t| t.value())
        })
        .or_else(|| e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value()))
}

/// A callback that turns the event's value into a [`LedgerEdit`] of this row.
fn editor<E: TargetCast + 'static>(
    props: &LedgerRowViewProps,
    field: fn(String) -> Option<LedgerField>,
) -> Callback<E> {
    let (on_edit, row) = (props.on_edit.clone(), props.row.clone());
    Callback::from(move |e: E| {
        if let Some(field) = value_of(&e).and_then(field) {
            let item = row.item.to_string().into();
            let assets = Rc::new(row.assets.clone());
            on_edit.emit(LedgerEdit {
                item,
                assets,
                field,
            });
        }
    })
}

/// The statuses a standing problem can take: 已销号 needs the finding gone (see `GoneRows`).
const STANDING: [RectStatus; 3] = [RectStatus::Open, RectStatus::InProgress, RectStatus::Done];

/// The status chosen in the select (its value is the index into [`STANDING`]).
fn status_field(v: String) -> Option<LedgerField> {
    let i: usize = v.parse().ok()?;
    STANDING.get(i).copied().map(LedgerField::Status)
}

/// One ledger row.
#[component]
pub fn LedgerRowView(props: &LedgerRowViewProps) -> Html {
    let r = &props.row;
    // While the measure is being typed the box shows what is typed, even when that is blank or
    // the pack's remedy (which core stores as "follow the remedy"); every keystroke is saved.
    let typing = use_state(|| None::<String>);
    let on_measure = {
        let (typing, save) = (
            typing.clone(),
            editor::<InputEvent>(props, |v| Some(LedgerField::Measure(v))),
        );
        Callback::from(move |e: InputEvent| {
            typing.set(value_of(&e));
            save.emit(e);
        })
    };
    let on_measure_done = {
        let typing = typing.clone();
        Callback::from(move |_: FocusEvent| typing.set(None))
    };
    let measure = (*typing).clone().unwrap_or_else(|| r.measure.clone());
    let sev = format!("sev-{:?}", r.severity).to_lowercase();
    html! {
        <tr class={sev.clone()}>
            <td class="col-no" data-label="序号">{ r.no }</td>
            <td class="ledger-problem" data-label="问题">
                <span class="item-id">{ r.item.to_string() }</span>
                <span class={classes!("tag", "sev-tag", sev)}>{ r.severity_label }</span>
                <span class="ledger-asset">{ format!("〔{}〕", r.asset_label) }</span>
                <span class="ledger-text">{ r.problem.clone() }</span>
                if let Some(h) = &r.history {
                    <span class="ledger-history">{ fingertip_core::cycle::history_words(h).join(";") }</span>
                }
            </td>
            <td class="ledger-basis" data-label="依据">{ r.basis.clone() }</td>
            <td data-label="整改措施">
                <textarea class="no-print ledger-input" rows="4" aria-label={format!("第 {} 项整改措施", r.no)}
                    value={measure} oninput={on_measure} onblur={on_measure_done} />
                <span class="print-only">{ r.measure.clone() }</span>
            </td>
            <td data-label="责任人">
                <input type="text" class="no-print ledger-input" aria-label={format!("第 {} 项责任人", r.no)}
                    value={r.owner.clone()} maxlength="100" autocomplete="off"
                    oninput={editor::<InputEvent>(props, |v| Some(LedgerField::Owner(v)))} />
                <span class="print-only">{ r.owner.clone() }</span>
            </td>
            <td data-label="时限">
                <input type="date" class="no-print ledger-input" aria-label={format!("第 {} 项整改时限", r.no)}
                    value={r.deadline.clone()} onchange={editor::<Event>(props, |v| Some(LedgerField::Deadline(v)))} />
                <span class="print-only">{ r.deadline.clone() }</span>
            </td>
            <td data-label="状态">
                <select class="no-print ledger-input" aria-label={format!("第 {} 项整改状态", r.no)}
                    onchange={editor::<Event>(props, status_field)}>
                    { for STANDING.iter().enumerate().map(|(i, s)| html! {
                        <option value={i.to_string()} selected={*s == r.status}>{ s.label() }</option>
                    }) }
                </select>
                <span class="print-only">{ r.status_label }</span>
            </td>
        </tr>
    }
}
