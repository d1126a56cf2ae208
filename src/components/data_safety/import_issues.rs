//! What the user should know before importing a file: how the questionnaire changed since the
//! file's version, every problem by field (marking those that block the import), and warnings.

use std::rc::Rc;

use fingertip_core::import::{is_blocking, PackChanges, Preview};
use yew::prelude::*;

use crate::hooks::use_app;

/// Props of [`ImportIssues`].
#[derive(Properties, PartialEq)]
pub struct ImportIssuesProps {
    /// The file's preview.
    pub preview: Rc<Preview>,
}

fn id_list(title: String, ids: Vec<String>) -> Html {
    if ids.is_empty() {
        return Html::default();
    }
    html! {
        <details>
            <summary>{ title }</summary>
            <ul>{ for ids.into_iter().map(|s| html! { <li>{ s }</li> }) }</ul>
        </details>
    }
}

fn changes_view(c: &PackChanges, question: impl Fn(&str) -> String) -> Html {
    let added = c
        .added
        .iter()
        .map(|id| format!("{id} {}", question(id)))
        .collect();
    let reworded = c
        .reworded
        .iter()
        .map(|r| format!("{}:原题“{}”,现题“{}”", r.id, r.before, r.after))
        .collect();
    html! {
        <section class="pack-changes" aria-labelledby="changes-title">
            <h3 id="changes-title">{ format!("问卷变化:{} 版 → {} 版", c.from, c.to) }</h3>
            if !c.complete {
                <p>{ "本工具没有该版本的题目记录,只能列出存档中已答、但当前问卷已删除的题目;措辞有无修改无法判断,请逐题复核。" }</p>
            }
            { id_list(format!("新增题目 {} 题", c.added.len()), added) }
            { id_list(format!("删除题目 {} 题(答案原样保留)", c.removed.len()), c.removed.clone()) }
            { id_list(format!("措辞修改 {} 题", c.reworded.len()), reworded) }
        </section>
    }
}

/// Pack changes, problems and warnings.
#[component]
pub fn ImportIssues(props: &ImportIssuesProps) -> Html {
    let app = use_app();
    let pack = app.pack();
    let p = &props.preview;
    let question = |id: &str| {
        pack.item(id)
            .map(|i| i.question.clone())
            .unwrap_or_default()
    };
    html! {
        <>
            if let Some(c) = &p.pack_changes {
                { changes_view(c, question) }
            }
            <section class="import-problems" aria-labelledby="problems-title">
                <h3 id="problems-title">{ format!("文件检查:问题 {} 项", p.problems.len()) }</h3>
                if p.problems.is_empty() {
                    <p>{ "文件本身未发现问题(格式、编号和答案都能读取)。这不是自查结论,自查结果见上方。" }</p>
                } else {
                    <ul>{ for p.problems.iter().map(|i| html! {
                        <li>
                            <code>{ i.field.clone() }</code>{ " " }
                            <span class="issue-kind">{ i.kind.label() }</span>
                            if is_blocking(i, pack) { <strong class="blocking">{ "(阻止导入)" }</strong> }
                            { " " }{ i.message.clone() }
                        </li>
                    }) }</ul>
                }
            </section>
            if !p.warnings.is_empty() {
                <section class="import-warnings" aria-labelledby="warnings-title">
                    <h3 id="warnings-title">{ format!("文件检查:提示 {} 项", p.warnings.len()) }</h3>
                    <ul>{ for p.warnings.iter().map(|w| html! {
                        <li>
                            if !w.field.is_empty() { <code>{ w.field.clone() }</code>{ " " } }
                            { w.message.clone() }
                        </li>
                    }) }</ul>
                </section>
            }
        </>
    }
}
