//! The import buttons: 导入为新草稿 (never overwrites; disabled with the reason when a problem
//! blocks the import) and, when a draft from the same file already exists, 替换现有草稿 behind an
//! explicit confirmation. Either opens the draft's result step.

use std::rc::Rc;

use fingertip_core::draft::DraftSummary;
use fingertip_core::import::Preview;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::hooks::use_app;
use crate::platform::clock::local_date_time;
use crate::route::Step;

/// Props of [`ImportActions`].
#[derive(Properties, PartialEq)]
pub struct ImportActionsProps {
    /// The file's preview.
    pub preview: Rc<Preview>,
    /// The file's name as picked (kept as the new draft's origin).
    pub name: AttrValue,
}

/// The buttons and the replace confirmation.
#[component]
pub fn ImportActions(props: &ImportActionsProps) -> Html {
    let app = use_app();
    let navigator = use_navigator();
    let confirming = use_state(|| false);
    let blocking = props.preview.blocking;
    // Which draft a replacing import would overwrite is looked up in storage after the render
    // (an effect), never during it.
    let target = use_state(|| None::<DraftSummary>);
    {
        let (app, target) = (app.clone(), target.setter());
        use_effect_with(props.preview.file.assessment.id.clone(), move |id| {
            target.set(app.replace_target(id));
        });
    }
    let target = (*target).clone();
    let go = move |id: String| {
        if let Some(nav) = &navigator {
            nav.push(&Step::Result.route(&id));
        }
    };
    let on_new = {
        let (app, p, go, name) = (
            app.clone(),
            props.preview.clone(),
            go.clone(),
            props.name.clone(),
        );
        Callback::from(move |_| go(app.import_new(&p.file, &name)))
    };
    let ask = |on: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(on))
    };
    let replace_html = target.map(|t| {
        let on_replace = {
            let (app, p, id, name) = (
                app.clone(),
                props.preview.clone(),
                t.id.clone(),
                props.name.clone(),
            );
            Callback::from(move |_| go(app.import_replace(&p.file, &id, &name)))
        };
        let when = local_date_time(&t.updated);
        html! {
            <div class="replace">
                <p>{ format!("本浏览器中已有来自同一存档的草稿“{}”(最后保存于 {when})。", t.label()) }</p>
                if *confirming {
                    <p role="alert">{ format!("确认用这个文件替换现有草稿“{}”?现有草稿的内容将被覆盖,无法恢复。如需保留现有草稿,请选择“导入为新草稿”。", t.label()) }</p>
                    <button type="button" class="danger" onclick={on_replace}>{ "确认替换" }</button>
                    <button type="button" onclick={ask(false)}>{ "取消" }</button>
                } else {
                    <button type="button" disabled={blocking} onclick={ask(true)}>{ "替换现有草稿" }</button>
                }
            </div>
        }
    });
    html! {
        <div class="import-actions">
            if blocking {
                <p id="import-blocked" class="notice">
                    { "这个文件中有会导致答案丢失或混淆的问题(上方标为“阻止导入”的各项),不能直接导入。\
                       请改用最近一次正确导出的存档,或请技术人员修正文件后再打开。" }
                </p>
            }
            <button type="button" class="primary" disabled={blocking} onclick={on_new}
                aria-describedby={blocking.then_some("import-blocked")}>{ "导入为新草稿" }</button>
            { replace_html.unwrap_or_default() }
        </div>
    }
}
