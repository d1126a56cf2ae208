//! Practice self-checks on the training hub: start a blank or sample 培训练习 draft, list the
//! practice drafts (apart from real ones), and clear them all after a confirmation.

use fingertip_core::model::Purpose;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::DraftList;
use crate::hooks::{use_app, use_confirm};
use crate::platform::focus::focus_id;
use crate::route::Step;

/// The practice drafts section.
#[component]
pub fn PracticeDrafts() -> Html {
    let app = use_app();
    let navigator = use_navigator();
    let c = use_confirm("clear-practice".into(), "clear-practice-cancel".into());
    let count = (app.state().drafts.iter())
        .filter(|d| d.purpose == Purpose::Training)
        .count();
    let open = move |id: Option<String>, step: Step| {
        if let (Some(id), Some(nav)) = (id, &navigator) {
            nav.push(&step.route(&id));
        }
    };
    let on_blank = {
        let (app, open) = (app.clone(), open.clone());
        Callback::from(move |_| open(Some(app.new_draft(Purpose::Training)), Step::Unit))
    };
    let on_sample = {
        let (app, open) = (app.clone(), open.clone());
        Callback::from(move |_| open(app.new_sample_draft(), Step::Result))
    };
    let on_clear = {
        let (app, done) = (app.clone(), c.done.clone());
        Callback::from(move |_: MouseEvent| {
            app.clear_practice_drafts();
            focus_id("practice-title");
            done.emit(());
        })
    };
    html! {
        <section class="practice-drafts" aria-labelledby="practice-title">
            <h2 id="practice-title" tabindex="-1">{ "练习自查" }</h2>
            <p>{ "练习用的草稿标为“培训练习”,与正式自查草稿分开列出,不会出现在首页的草稿列表中。" }</p>
            <div class="actions">
                <button type="button" class="primary" onclick={on_blank}>{ "开始练习自查" }</button>
                <button type="button" onclick={on_sample}>{ "用示例单位练习" }</button>
            </div>
            <DraftList practice={true} />
            if count > 0 && !c.asking {
                <p><button type="button" id="clear-practice" class="danger" onclick={c.ask.reform(|_| ())}>
                    { "清除全部练习草稿" }
                </button></p>
            }
            if count > 0 && c.asking {
                <p class="confirm">
                    <span id="clear-practice-question">{ format!("确认清除全部 {count} 份练习草稿?清除后无法恢复,正式自查草稿不受影响。") }</span>
                    <button type="button" class="danger" aria-describedby="clear-practice-question" onclick={on_clear}>{ "确认清除" }</button>
                    <button type="button" id="clear-practice-cancel" onclick={c.cancel.reform(|_| ())}>{ "取消" }</button>
                </p>
            }
        </section>
    }
}
