//! 对所有应用/账号/群组应用此答案: a button under an answered per-asset row. When only empty rows
//! would be written it fills them at once (with 撤销); when answered rows differ it first opens a
//! preview of what would be filled and what overwritten. Esc or 取消 closes the preview.

use std::rc::Rc;

use fingertip_core::batch::{plan, BatchMode, BatchPlan};
use fingertip_core::report::value_text;
use yew::prelude::*;

use crate::hooks::use_app;
use crate::platform::focus::focus_id;

/// Props of [`BatchAnswer`].
#[derive(Properties, PartialEq)]
pub struct BatchAnswerProps {
    /// Item id.
    pub item: AttrValue,
    /// The source asset id.
    pub asset: AttrValue,
    /// What the assets are called: 应用, 账号 or 群组.
    pub noun: AttrValue,
    /// Id prefix; unique on the page.
    pub id_prefix: AttrValue,
}

/// The button and, when open, the preview with its choices.
#[component]
pub fn BatchAnswer(props: &BatchAnswerProps) -> Html {
    let app = use_app();
    let open = use_state(|| false);
    let done = use_state(|| None::<String>);
    let panel_id = format!("{}-batch", props.id_prefix);
    let button_id = format!("{}-batch-open", props.id_prefix);
    {
        let panel_id = panel_id.clone();
        use_effect_with(*open, move |open| {
            if *open {
                focus_id(&panel_id);
            }
        });
    }
    let noun = props.noun.clone();
    let close = {
        let (open, button_id) = (open.clone(), button_id.clone());
        Callback::from(move |_: ()| {
            open.set(false);
            focus_id(&button_id);
        })
    };
    if !*open {
        // Nothing to overwrite: fill at once (撤销 is offered); otherwise show what would change.
        let onclick = {
            let (open, done, app, item, asset, noun) = (
                open.clone(),
                done.clone(),
                app.clone(),
                props.item.clone(),
                props.asset.clone(),
                noun.clone(),
            );
            Callback::from(move |_| {
                let direct = app.session().and_then(|s| {
                    let p = plan(&s.assessment, &s.evaluation, &item, &asset)?;
                    let kind = &app.pack().item(&item)?.answer;
                    (p.differing.is_empty() && !p.empty.is_empty())
                        .then(|| (value_text(kind, &p.value), p))
                });
                match direct {
                    Some((value, p)) => {
                        done.set(Some(format!(
                            "已为 {} 个{noun}填写“{value}”。",
                            p.empty.len()
                        )));
                        app.batch(Rc::new(p), BatchMode::FillEmpty);
                    }
                    None => {
                        done.set(None);
                        open.set(true);
                    }
                }
            })
        };
        return html! {
            <div class="batch-answer">
                <button type="button" class="link-button" id={button_id} {onclick}>
                    { format!("对所有{noun}应用此答案…") }
                </button>
                if let Some(msg) = &*done {
                    <span class="batch-done" role="status">{ msg.clone() }
                        if app.state().last_batch.as_ref().is_some_and(|u| u.item == props.item.as_str()) {
                            { " " }
                            <button type="button" class="link-button"
                                onclick={{ let (app, done) = (app.clone(), done.clone());
                                    Callback::from(move |_| { app.undo_batch(); done.set(Some("已撤销。".into())); }) }}>
                                { "撤销" }</button>
                        }
                    </span>
                }
            </div>
        };
    }
    let Some(session) = app.session() else {
        return Html::default();
    };
    let pack = app.pack();
    let Some(p) = plan(
        &session.assessment,
        &session.evaluation,
        &props.item,
        &props.asset,
    ) else {
        return Html::default();
    };
    let Some(kind) = pack.item(&props.item).map(|i| &i.answer) else {
        return Html::default();
    };
    let value = value_text(kind, &p.value);
    let p = Rc::new(p);
    let run = |mode: BatchMode, written: usize| {
        let (app, p, open, done, button_id, noun, value) = (
            app.clone(),
            p.clone(),
            open.clone(),
            done.clone(),
            button_id.clone(),
            noun.clone(),
            value.clone(),
        );
        Callback::from(move |_| {
            app.batch(p.clone(), mode);
            done.set(Some(format!("已为 {written} 个{noun}填写“{value}”。")));
            open.set(false);
            focus_id(&button_id);
        })
    };
    let onkeydown = {
        let close = close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                close.emit(());
            }
        })
    };
    let differing = p
        .differing
        .iter()
        .map(|t| {
            let now = match (&t.current, t.prefilled) {
                (Some(v), _) => value_text(kind, v),
                (None, _) => "按清单自动填写".to_string(),
            };
            html! { <li>{ format!("{}:现为“{now}”", t.label) }</li> }
        })
        .collect::<Html>();
    html! {
        <div class="batch-panel" id={panel_id} tabindex="-1" role="group"
            aria-label={format!("对所有{noun}应用此答案")} {onkeydown}>
            <p>{ batch_summary(&p, &noun, &value) }</p>
            if !p.differing.is_empty() {
                <p>{ format!("以下 {} 个{noun}已有不同的答案,只有选择“全部覆盖”才会改动:", p.differing.len()) }</p>
                <ul class="batch-differing">{ differing }</ul>
            }
            <div class="batch-actions">
                if !p.empty.is_empty() {
                    <button type="button" onclick={run(BatchMode::FillEmpty, p.empty.len())}>
                        { format!("填写未作答的 {} 个", p.empty.len()) }</button>
                }
                if !p.differing.is_empty() {
                    <button type="button" onclick={run(BatchMode::Overwrite, p.empty.len() + p.differing.len())}>
                        { format!("全部覆盖({} 个)", p.empty.len() + p.differing.len()) }</button>
                }
                <button type="button" onclick={close.reform(|_| ())}>{ "取消" }</button>
            </div>
        </div>
    }
}

/// The first line of the preview.
fn batch_summary(p: &BatchPlan, noun: &str, value: &str) -> String {
    let mut parts = Vec::new();
    if !p.empty.is_empty() {
        parts.push(format!(
            "将为 {} 个未作答的{noun}填写“{value}”",
            p.empty.len()
        ));
    }
    if p.same > 0 {
        parts.push(format!("{} 个{noun}已是此答案", p.same));
    }
    if parts.is_empty() {
        return format!("其他{noun}都已作答,没有未作答的{noun}可以填写。");
    }
    format!("{}。", parts.join(";"))
}
