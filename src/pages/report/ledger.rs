//! Section 五 整改台账: one row per problem, red lines first. 整改措施, 责任人, 时限 and 状态 are
//! editable on screen and stored into the row's answer; in print they show as plain text.

use std::rc::Rc;

use fingertip_core::engine::rectification_rows;
use fingertip_core::model::{Answer, RectStatus};
use fingertip_core::pack::Pack;
use yew::prelude::*;

use super::ledger_row::LedgerRowView;
use super::SectionProps;
use crate::hooks::{use_answer_setter, use_app, AnswerChange};
use crate::state::Session;

/// The cell a ledger edit changes, with its new value.
#[derive(Debug, Clone, PartialEq)]
pub enum LedgerField {
    /// 整改措施 as typed.
    Measure(String),
    /// 责任人 as typed.
    Owner(String),
    /// 时限, `YYYY-MM-DD` or empty.
    Deadline(String),
    /// 状态.
    Status(RectStatus),
}

/// One edit of ledger row `no`, which is about item `item`.
#[derive(Debug, Clone, PartialEq)]
pub struct LedgerEdit {
    /// 序号 of the row.
    pub no: usize,
    /// Its item id (checked against the row found by `no`).
    pub item: AttrValue,
    /// The change.
    pub field: LedgerField,
}

/// `answer` with `field` applied. A measure that is blank or equal to the item's remedy is
/// stored as `None`, so the row keeps following the pack's remedy text.
fn edited(mut answer: Answer, field: LedgerField, remedy: &str) -> Answer {
    match field {
        LedgerField::Measure(m) => {
            let t = m.trim();
            answer.measure = (!t.is_empty() && t != remedy.trim()).then(|| t.to_string());
        }
        LedgerField::Owner(o) => answer.owner = o,
        LedgerField::Deadline(d) => answer.deadline = d,
        LedgerField::Status(s) => answer.status = s,
    }
    answer
}

/// The answer change for `edit`, built from the current answer of the row's item and asset.
fn change_for(pack: &Pack, session: &Session, edit: LedgerEdit) -> Option<AnswerChange> {
    let (a, eval) = (&session.assessment, &session.evaluation);
    let row = rectification_rows(pack, a, eval)
        .into_iter()
        .find(|r| r.no == edit.no && r.item == edit.item.as_str())?;
    let current = a.answer(&row.item, &row.asset).cloned().unwrap_or_default();
    let remedy = pack.item(&row.item).map(|i| i.remedy.as_str());
    Some(AnswerChange {
        answer: Some(edited(current, edit.field, remedy.unwrap_or_default())),
        item: row.item.into(),
        asset: row.asset.into(),
    })
}

/// The ledger section.
#[component]
pub fn ReportLedger(props: &SectionProps) -> Html {
    let app = use_app();
    let pack = app.pack();
    // The latest session, read by the stable edit callback when an edit happens.
    let latest = use_mut_ref(|| None::<Rc<Session>>);
    *latest.borrow_mut() = app.session();
    let setter = use_answer_setter();
    let on_edit = use_memo(setter, move |setter| {
        let setter = setter.clone();
        Callback::from(move |edit: LedgerEdit| {
            let session = latest.borrow().clone();
            if let Some(change) = session.and_then(|s| change_for(pack, &s, edit)) {
                setter.emit(change);
            }
        })
    });
    let rows = &props.report.ledger;
    html! {
        <section class="report-section ledger" aria-labelledby="sec-ledger">
            <h2 id="sec-ledger">{ "五、整改台账" }</h2>
            if rows.is_empty() {
                <p>{ "本次自查未发现需要整改的问题。" }</p>
            } else {
                <p class="section-lead no-print">
                    { "打印前可在下表中修改整改措施,填写责任人、时限和状态;修改会自动保存到本草稿。" }
                </p>
                <table class="ledger-table">
                    <caption>{ format!("整改台账(共 {} 项)", rows.len()) }</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="col-no">{ "序号" }</th>
                            <th scope="col" class="col-problem">{ "问题" }</th>
                            <th scope="col" class="col-basis">{ "依据" }</th>
                            <th scope="col" class="col-measure">{ "整改措施" }</th>
                            <th scope="col" class="col-owner">{ "责任人" }</th>
                            <th scope="col" class="col-deadline">{ "时限" }</th>
                            <th scope="col" class="col-state">{ "状态" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <LedgerRowView key={r.no} row={Rc::new(r.clone())} on_edit={(*on_edit).clone()} />
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
