//! Ledger rows of earlier self-checks whose finding is gone in this one: 可销号 with a button
//! the unit presses to confirm (已销号, dated, by the assessor), and those already closed.

use fingertip_core::cycle::{gone_rows, history_words, CycleEdit};
use fingertip_core::edit::Edit;
use yew::prelude::*;

use crate::hooks::use_app;
use crate::platform::clock;

/// The 可销号 / 已销号 list; nothing when no earlier row is gone.
#[component]
pub fn GoneRows() -> Html {
    let app = use_app();
    let Some(session) = app.session() else {
        return Html::default();
    };
    let rows = gone_rows(session.pack, &session.assessment, &session.evaluation);
    if rows.is_empty() {
        return Html::default();
    }
    let finalised = session.assessment.is_finalised();
    html! {
        <section class="gone-rows" aria-labelledby="gone-rows-h">
            <h3 id="gone-rows-h">{ format!("上次自查的问题,本次已不存在({} 项)", rows.len()) }</h3>
            <ul class="gone-list">
                { for rows.into_iter().map(|g| {
                    let close = {
                        let (app, item) = (app.clone(), g.item.clone());
                        Callback::from(move |_: MouseEvent| {
                            app.edit(Edit::Cycle(CycleEdit::Close { item: item.clone(), date: clock::today() }));
                        })
                    };
                    html! {
                        <li class="gone-row" data-item={g.item.clone()}>
                            <span class="item-id">{ g.item.clone() }</span>
                            <span class="gone-question">{ g.question.clone() }</span>
                            <span class="gone-history">{ history_words(&g.history).join(";") }</span>
                            if let Some(c) = &g.closed {
                                <strong class="gone-state">{ format!("已销号({} {})", c.date, c.who) }</strong>
                            } else {
                                <span class="gone-state">{ "可销号" }</span>
                                <button type="button" class="no-print" disabled={finalised} onclick={close}
                                    aria-label={format!("确认 {} 销号", g.item)}>{ "确认销号" }</button>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
