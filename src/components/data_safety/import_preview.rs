//! The preview of an opened file before anything is imported: who and what it is, how much it
//! holds, which questionnaire version it was answered against, and its fingerprint; then its
//! problems and warnings and the import buttons. Every string from the file is shown as text.

use std::rc::Rc;

use fingertip_core::draft::UNNAMED_UNIT;
use fingertip_core::engine::evaluate;
use fingertip_core::finalise::{time_text, SealCheck};
use fingertip_core::import::Preview;
use fingertip_core::model::Assessment;
use yew::prelude::*;

use super::{ImportActions, ImportIssues};
use crate::components::Changelog;
use crate::hooks::use_app;
use crate::platform::clock::local_date_time;

/// Props of [`ImportPreview`].
#[derive(Properties, PartialEq)]
pub struct ImportPreviewProps {
    /// The file's preview.
    pub preview: Rc<Preview>,
    /// The file's name as picked.
    pub name: AttrValue,
    /// The fingerprint of the file's assessment (16 hex digits).
    pub fingerprint: AttrValue,
}

/// A time as the user reads it, or as written when it is not a valid time.
fn when(iso: &str) -> String {
    match local_date_time(iso) {
        s if s.is_empty() => iso.to_string(),
        s => s,
    }
}

/// The preview.
#[component]
pub fn ImportPreview(props: &ImportPreviewProps) -> Html {
    let app = use_app();
    let p = &props.preview;
    let pack = app.national_pack();
    let c = p.counts;
    let unit = if p.unit.trim().is_empty() {
        UNNAMED_UNIT.to_string()
    } else {
        p.unit.clone()
    };
    // 自查结果 of the file as this app judges it, apart from the file check below.
    let result = use_memo(p.clone(), {
        let app = app.clone();
        move |p| {
            let assessment = Assessment::from_body(p.file.assessment.clone());
            // judged with the overlays the file carries, as it will be once imported
            let c = evaluate(app.pack_of(&assessment), &assessment).counts;
            format!(
                "红线 {} 项,建议改进 {} 项,未作答 {} 项(按当前问卷判定)",
                c.red_line, c.advisory, c.unanswered
            )
        }
    });
    let same = p.pack_version == p.current_pack_version;
    let pack_line = format!(
        "{} {} 版(当前使用:{} {} 版,{})",
        p.pack_id,
        p.pack_version,
        pack.id,
        p.current_pack_version,
        if same { "版本相同" } else { "版本不同" }
    );
    let seal = match (&p.seal, &p.file.assessment.finalisation.finalised) {
        (SealCheck::Intact, Some(f)) => format!(
            "已定稿(填报人 {},{}),导入后保持定稿",
            f.assessor,
            time_text(&f.at)
        ),
        (SealCheck::NotFinalised, _) => "未定稿".to_string(),
        _ => "定稿已失效,导入后按未定稿处理(见下方提示)".to_string(),
    };
    html! {
        <section class="import-preview" aria-labelledby="preview-title">
            <h2 id="preview-title">{ format!("文件预览:{}", props.name) }</h2>
            <p>{ "请核对以下内容。确认导入之前,本浏览器中保存的内容不会有任何改变。" }</p>
            <dl class="preview-facts">
                <dt>{ "单位" }</dt><dd data-field="unit">{ unit }</dd>
                <dt>{ "自查目的" }</dt><dd>{ p.purpose.label() }</dd>
                <dt>{ "自查日期" }</dt><dd>{ p.date.clone() }</dd>
                <dt>{ "创建时间" }</dt><dd>{ when(&p.created) }</dd>
                <dt>{ "最后修改" }</dt><dd>{ when(&p.updated) }</dd>
                <dt>{ "内容" }</dt>
                <dd data-field="counts">{ format!("应用 {} 个,公众账号 {} 个,工作群组 {} 个,答案 {} 条", c.apps, c.accounts, c.groups, c.answers) }</dd>
                <dt>{ "自查结果" }</dt><dd data-field="result">{ (*result).clone() }</dd>
                <dt>{ "问卷" }</dt><dd data-field="pack">{ pack_line }</dd>
                <dt>{ "存档格式" }</dt><dd>{ format!("第 {} 版", p.format_version) }</dd>
                <dt>{ "定稿状态" }</dt><dd data-field="seal">{ seal }</dd>
                <dt>{ "文件指纹" }</dt><dd><code data-field="fingerprint">{ props.fingerprint.clone() }</code></dd>
            </dl>
            <ImportIssues preview={p.clone()} />
            if !p.changelog.is_empty() {
                <section class="preview-changelog" aria-labelledby="preview-changes-title">
                    <h3 id="preview-changes-title">{ format!("问卷自 {} 版以来的变化", p.pack_version) }</h3>
                    <Changelog releases={Rc::new(p.changelog.clone())} level={4} />
                </section>
            }
            <ImportActions preview={p.clone()} name={props.name.clone()} />
        </section>
    }
}
