//! 另起一次自查: the dialog that starts the next self-check from this one. It asks at once for
//! the new check's purpose and date and, per part, whether the earlier answers are kept as
//! 待复核 or cleared; core builds the new draft, which then opens at its first step.

use std::collections::BTreeMap;

use fingertip_core::cycle::{next_check, Carry, NextCheck};
use fingertip_core::model::Purpose;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::hooks::use_app;
use crate::platform::clock;
use crate::route::Route;

/// The 另起一次自查 button and, once pressed, its dialog.
#[component]
pub fn NextCheckPanel() -> Html {
    let app = use_app();
    let navigator = use_navigator();
    let open = use_state(|| false);
    let purpose = use_state(|| Purpose::Periodic);
    let date = use_state(clock::today);
    let parts = use_state(BTreeMap::<String, Carry>::new);
    let Some(session) = app.session() else {
        return Html::default();
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    if !*open {
        return html! {
            <section class="next-check no-print">
                <button type="button" onclick={toggle}>{ "另起一次自查…" }</button>
            </section>
        };
    }
    let on_purpose = {
        let purpose = purpose.clone();
        Callback::from(move |e: Event| {
            let i: Option<usize> = e
                .target_dyn_into::<HtmlSelectElement>()
                .and_then(|s| s.value().parse().ok());
            if let Some(p) = i.and_then(|i| Purpose::ALL.get(i)) {
                purpose.set(*p);
            }
        })
    };
    let on_date = {
        let date = date.clone();
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                date.set(i.value());
            }
        })
    };
    let start = {
        let (purpose, date, parts, session) = (
            purpose.clone(),
            date.clone(),
            parts.clone(),
            session.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let choice = NextCheck {
                id: clock::new_draft_id(),
                now: clock::now_iso(),
                date: (*date).clone(),
                purpose: *purpose,
                parts: (*parts).clone(),
            };
            let next = next_check(session.pack, &session.assessment, &choice);
            let id = app.open_and_save(next);
            if let Some(nav) = &navigator {
                nav.push(&Route::Check {
                    id: id.into_string(),
                });
            }
        })
    };
    let part_rows = session.pack.parts.iter().map(|p| {
        let carry = parts.get(&p.id).copied().unwrap_or_default();
        let name = format!("carry-{}", p.id);
        let set = |c: Carry| {
            let (parts, id) = (parts.clone(), p.id.clone());
            Callback::from(move |_: Event| {
                let mut next = (*parts).clone();
                next.insert(id.clone(), c);
                parts.set(next);
            })
        };
        html! {
            <fieldset class="carry-part">
                <legend>{ format!("{} {}", p.id, p.title) }</legend>
                <label><input type="radio" name={name.clone()} checked={carry == Carry::Review}
                    onchange={set(Carry::Review)} />{ "保留上次答案,待复核" }</label>
                <label><input type="radio" name={name} checked={carry == Carry::Clear}
                    onchange={set(Carry::Clear)} />{ "清空,重新作答" }</label>
            </fieldset>
        }
    });
    html! {
        <section class="next-check no-print" role="dialog" aria-labelledby="next-check-h">
            <h2 id="next-check-h">{ "另起一次自查" }</h2>
            <p>{ "新的自查沿用本单位信息、清单(对象编号不变)和整改台账,并注明是从本次自查(" }
                { session.assessment.profile.date.clone() }{ ")接续的。保留的答案显示为“待复核”,确认后才计为已作答。" }</p>
            <form onsubmit={start}>
                <div class="field">
                    <label for="next-purpose">{ "自查目的" }</label>
                    <select id="next-purpose" onchange={on_purpose}>
                        { for Purpose::ALL.iter().enumerate().map(|(i, p)| html! {
                            <option value={i.to_string()} selected={*p == *purpose}>{ p.label() }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="next-date">{ "自查日期" }</label>
                    <input type="date" id="next-date" value={(*date).clone()} onchange={on_date} required=true />
                </div>
                { for part_rows }
                <div class="actions">
                    <button type="submit" class="primary">{ "开始下一次自查" }</button>
                    <button type="button" onclick={toggle}>{ "取消" }</button>
                </div>
            </form>
        </section>
    }
}
