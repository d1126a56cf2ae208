//! The storage banner at the top of every page: storage unavailable, quota full, another storage
//! failure, or unreadable drafts set aside — each with one-click "导出全部数据". The app keeps
//! working in memory meanwhile.

use yew::prelude::*;

use super::ExportAllButton;
use crate::hooks::use_app;
use crate::state::{Quarantine, StorageProblem};

fn problem_text(p: &StorageProblem) -> String {
    match p {
        StorageProblem::Unavailable => {
            "浏览器存储不可用(可能处于无痕模式,或浏览器禁止了本地存储),填写的内容无法自动保存。\
            页面仍可正常使用:请继续填写,并在关闭页面前点击“导出全部数据”把内容保存到电脑上。"
                .to_string()
        }
        StorageProblem::QuotaExceeded => {
            "浏览器存储空间已满,最近的修改保存失败。内容仍在本页中,可以继续填写;\
            请立即点击“导出全部数据”备份,再删除不需要的草稿以腾出空间。"
                .to_string()
        }
        StorageProblem::Failed(msg) => format!("{msg} 内容仍在本页中,请点击“导出全部数据”备份。"),
    }
}

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
    let problem = app.state().storage_problem.as_ref().map(problem_text);
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
