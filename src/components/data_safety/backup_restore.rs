//! The restore-all flow for a backup file: each draft previewed on its own (one bad draft does
//! not sink the others), what will happen to each said up front, then 全部恢复.

use std::rc::Rc;

use fingertip_core::import::{BackupPreview, Preview, RestorePlan, RestoreSource};
use yew::prelude::*;

use super::RestoreReportView;
use crate::hooks::{use_app, RestoreReport};
use crate::platform::clock::local_date_time;

/// Props of [`BackupRestore`].
#[derive(Properties, PartialEq)]
pub struct BackupRestoreProps {
    /// The backup's preview.
    pub preview: Rc<BackupPreview>,
    /// The file's name as picked.
    pub name: AttrValue,
}

fn row(what: String, detail: String, plan: String) -> Html {
    html! { <tr><th scope="row">{ what }</th><td>{ detail }</td><td>{ plan }</td></tr> }
}

fn counts(p: &Preview) -> String {
    let c = p.counts;
    format!(
        "最后修改 {};应用 {},账号 {},群组 {},答案 {}",
        local_date_time(&p.updated),
        c.apps,
        c.accounts,
        c.groups,
        c.answers
    )
}

/// The backup preview and the restore button (then the restore report).
#[component]
pub fn BackupRestore(props: &BackupRestoreProps) -> Html {
    let app = use_app();
    let report = use_state(|| None::<RestoreReport>);
    let b = &props.preview;
    // The one plan: what each row says is what 全部恢复 does.
    let plan = use_memo((b.clone(), app.state().drafts.clone()), |(b, drafts)| {
        RestorePlan::new(b, drafts.iter().map(|d| d.id.as_str()))
    });
    let rows = plan.steps.iter().map(|step| match step.source {
        RestoreSource::Draft(i) => match b.drafts.get(i) {
            Some(Ok(p)) => row(p.unit.clone(), counts(p), step.says.into()),
            Some(Err(e)) => row("(无法读取的自查)".into(), e.to_string(), step.says.into()),
            None => Html::default(),
        },
        RestoreSource::Quarantined(i) => match b.quarantined.get(i) {
            Some(q) => match &q.result {
                Ok(p) => row(
                    p.unit.clone(),
                    format!("隔离内容 {}", q.entry.key),
                    step.says.into(),
                ),
                Err(e) => row(q.entry.key.clone(), e.to_string(), step.says.into()),
            },
            None => Html::default(),
        },
    });
    let onclick = {
        let (app, report, preview, plan, name) = (
            app.clone(),
            report.clone(),
            b.clone(),
            plan.clone(),
            props.name.clone(),
        );
        Callback::from(move |_| report.set(Some(app.restore_all(&preview, &plan, &name))))
    };
    html! {
        <section class="backup-restore" aria-labelledby="backup-title">
            <h2 id="backup-title">{ format!("完整备份:{}", props.name) }</h2>
            <p>{ format!(
                "这是“导出全部数据”得到的备份文件(导出于 {}),含 {} 份自查、{} 份隔离内容。可以一次全部恢复:\
                 每份自查作为草稿加入本浏览器;编号已存在的会以新编号加入,不会覆盖现有草稿;仍无法读取的内容继续隔离保存。",
                local_date_time(&b.exported), b.drafts.len(), b.quarantined.len()
            ) }</p>
            <table class="backup-table">
                <thead><tr><th scope="col">{ "自查" }</th><th scope="col">{ "内容" }</th><th scope="col">{ "恢复方式" }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            if let Some(r) = &*report {
                <RestoreReportView report={r.clone()} />
            } else {
                <button type="button" class="primary" {onclick}>{ "全部恢复" }</button>
            }
        </section>
    }
}
