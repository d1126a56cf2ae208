//! The storage banner at the top of every page: the storage error as core words it (unavailable,
//! quota full, list not updated, another failure), or unreadable drafts set aside — each with one-click "导出全部数据". The app keeps
//! working in memory meanwhile.

use yew::prelude::*;

use super::ExportAllButton;
use crate::hooks::use_app;
use crate::state::Quarantine;

fn quarantine_text(q: Quarantine) -> Vec<String> {
    let mut lines = Vec::new();
    if q.kept > 0 {
        lines.push(format!(
            "已隔离 {} 份无法读取的草稿,原始内容已保留,可随全部数据一起导出。",
            q.kept
        ));
    }
    if q.stuck > 0 {
        lines.push(format!(
            "另有 {} 份草稿无法读取,也未能隔离(存储空间不足);原始内容仍保留在原处,可随全部数据一起导出。",
            q.stuck
        ));
    }
    lines
}

/// The banner; nothing when storage is healthy.
#[component]
pub fn StorageBanner() -> Html {
    let app = use_app();
    let problem = app
        .state()
        .storage_problem
        .as_ref()
        .map(ToString::to_string);
    let quarantine = app.state().quarantine;
    if problem.is_none() && quarantine.is_none() {
        return Html::default();
    }
    let dismiss = {
        let app = app.clone();
        Callback::from(move |_| app.dismiss_quarantine())
    };
    let title = if problem.is_some() {
        "数据暂未保存到浏览器"
    } else {
        "发现无法读取的草稿"
    };
    html! {
        <div class="storage-banner no-print" role="alert" aria-label={title}>
            <p class="banner-title"><strong>{ title }</strong></p>
            if let Some(text) = problem {
                <p>{ text }</p>
            }
            { for quarantine.map(quarantine_text).unwrap_or_default().into_iter().map(|l| html! { <p>{ l }</p> }) }
            <p class="banner-actions">
                <ExportAllButton />
                if app.state().storage_problem.is_none() {
                    <button type="button" onclick={dismiss}>{ "知道了" }</button>
                }
            </p>
        </div>
    }
}
