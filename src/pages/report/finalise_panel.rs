//! 定稿 / 重新打开 on the report page (screen only): finalise in the names typed (填报人,
//! 审核人), or reopen a finalised self-check with a reason that goes into the change log.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::error::DraftError;
use crate::hooks::use_app;

/// A callback that keeps the typed text of an input or textarea in `state`.
fn keep(state: &UseStateHandle<String>) -> Callback<InputEvent> {
    let state = state.clone();
    Callback::from(move |e: InputEvent| {
        let value = e
            .target_dyn_into::<HtmlInputElement>()
            .map(|i| i.value())
            .or_else(|| {
                e.target_dyn_into::<HtmlTextAreaElement>()
                    .map(|t| t.value())
            });
        if let Some(v) = value {
            state.set(v);
        }
    })
}

/// The panel.
#[component]
pub fn FinalisePanel() -> Html {
    let app = use_app();
    let typed_assessor = app.session().map(|s| s.assessment.profile.assessor.clone());
    let assessor = use_state(|| typed_assessor.unwrap_or_default());
    let reviewer = use_state(String::new);
    let reason = use_state(String::new);
    let asking = use_state(|| false);
    let error = use_state(|| None::<DraftError>);
    let finalised = app.session().is_some_and(|s| s.assessment.is_finalised());
    let on_finalise = {
        let (app, assessor, reviewer, error) = (
            app.clone(),
            assessor.clone(),
            reviewer.clone(),
            error.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            error.set(app.finalise(&assessor, &reviewer).err());
        })
    };
    let on_reopen = {
        let (app, reason, asking, error) =
            (app.clone(), reason.clone(), asking.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let result = app.reopen(&reason);
            if result.is_ok() {
                asking.set(false);
                reason.set(String::new());
            }
            error.set(result.err());
        })
    };
    let ask = |on: bool| {
        let (asking, error) = (asking.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            asking.set(on);
            error.set(None);
        })
    };
    let body = match (finalised, *asking) {
        (false, _) => html! {
            <form class="finalise-form" onsubmit={on_finalise} aria-label="定稿">
                <p>{ "核对无误后定稿:定稿后本自查的全部内容(单位信息、清单、答案、整改台账)只读,报告每页印有数据指纹和二维码。" }</p>
                <label>{ "填报人" }<input type="text" maxlength="100" value={(*assessor).clone()} oninput={keep(&assessor)} /></label>
                <label>{ "审核人" }<input type="text" maxlength="100" value={(*reviewer).clone()} oninput={keep(&reviewer)} /></label>
                <button type="submit" class="primary">{ "定稿" }</button>
            </form>
        },
        (true, false) => html! {
            <div class="finalise-form">
                <button type="button" onclick={ask(true)}>{ "重新打开" }</button>
            </div>
        },
        (true, true) => html! {
            <form class="finalise-form" onsubmit={on_reopen} aria-label="重新打开">
                <label>{ "重新打开的原因(记入修改记录)" }
                    <textarea rows="2" maxlength="500" value={(*reason).clone()} oninput={keep(&reason)} />
                </label>
                <button type="submit" class="primary">{ "确认重新打开" }</button>
                <button type="button" onclick={ask(false)}>{ "取消" }</button>
            </form>
        },
    };
    html! {
        <section class="finalise-panel no-print" aria-labelledby="finalise-title">
            <h2 id="finalise-title">{ if finalised { "已定稿" } else { "定稿" } }</h2>
            { body }
            if let Some(msg) = (*error).clone() {
                <p class="finalise-error" role="alert">{ msg.to_string() }</p>
            }
        </section>
    }
}
