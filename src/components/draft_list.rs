//! The saved drafts: unit, purpose, last saved, progress, red lines; continue or delete (with confirmation).

use fingertip_core::draft::DraftSummary;
use fingertip_core::model::Purpose;
use yew::prelude::*;

use crate::hooks::use_app;
use crate::platform::clock::local_date_time;
use crate::route::{href, Step};

/// Props of [`DraftList`].
#[derive(Properties, PartialEq)]
pub struct DraftListProps {
    /// List only 培训练习 drafts (the training hub) instead of only real ones (the start page).
    #[prop_or_default]
    pub practice: bool,
}

/// The draft list, real or practice drafts by `practice`; a short line when there are none.
#[component]
pub fn DraftList(props: &DraftListProps) -> Html {
    let app = use_app();
    let confirming = use_state(|| None::<String>);
    let practice = props.practice;
    let drafts: Vec<DraftSummary> = (app.state().drafts.iter())
        .filter(|d| (d.purpose == Purpose::Training) == practice)
        .cloned()
        .collect();
    let (title_id, title, empty) = if practice {
        (
            "practice-drafts-title",
            "培训练习草稿",
            "还没有培训练习草稿。",
        )
    } else {
        (
            "drafts-title",
            "继续自查",
            "本浏览器中还没有保存的自查草稿。",
        )
    };
    let row = |d: &DraftSummary| {
        let asking = confirming.as_deref() == Some(d.id.as_str());
        let ask = {
            let (c, id) = (confirming.clone(), d.id.clone());
            Callback::from(move |_| c.set(Some(id.clone())))
        };
        let cancel = {
            let c = confirming.clone();
            Callback::from(move |_| c.set(None))
        };
        let delete = {
            let (c, app, id) = (confirming.clone(), app.clone(), d.id.clone());
            Callback::from(move |_| {
                app.delete_draft(&id);
                c.set(None);
            })
        };
        html! {
            <tr>
                <th scope="row"><a href={href(&Step::Check.route(&d.id))}>{ d.unit.clone() }</a></th>
                <td>{ d.purpose.label() }</td>
                <td>{ local_date_time(&d.updated) }</td>
                <td>{ format!("{}%", d.progress) }</td>
                <td class={classes!((d.red_lines > 0).then_some("has-red"))}>{ d.red_lines }</td>
                <td class="row-actions">
                    if asking {
                        <span role="alert">{ format!("确认删除“{}”?删除后无法恢复。", d.unit) }</span>
                        <button type="button" class="danger" onclick={delete}>{ "确认删除" }</button>
                        <button type="button" onclick={cancel}>{ "取消" }</button>
                    } else {
                        <button type="button" onclick={ask} aria-label={format!("删除 {}", d.unit)}>{ "删除" }</button>
                    }
                </td>
            </tr>
        }
    };
    html! {
        <section class="drafts" aria-labelledby={title_id}>
            <h2 id={title_id}>{ title }</h2>
            if drafts.is_empty() {
                <p>{ empty }</p>
            } else {
                <table class="draft-table">
                    <thead><tr>
                        <th scope="col">{ "单位" }</th><th scope="col">{ "目的" }</th><th scope="col">{ "最后保存" }</th>
                        <th scope="col">{ "进度" }</th><th scope="col">{ "红线" }</th><th scope="col">{ "操作" }</th>
                    </tr></thead>
                    <tbody>{ for drafts.iter().map(row) }</tbody>
                </table>
            }
        </section>
    }
}
