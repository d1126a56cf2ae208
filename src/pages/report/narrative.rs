//! One narrative section of the 正式报告: its heading and paragraphs, and on screen a box to
//! rewrite it (saved to the draft) or return to the drafted text.

use std::rc::Rc;

use fingertip_core::edit::Edit;
use fingertip_core::report::NarrativeSection;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::hooks::use_app;

/// Props of [`Narrative`].
#[derive(Properties, PartialEq)]
pub struct NarrativeProps {
    /// The section.
    pub section: Rc<NarrativeSection>,
}

/// The section as printed, with its edit box (screen only).
#[component]
pub fn Narrative(props: &NarrativeProps) -> Html {
    let app = use_app();
    let s = &props.section;
    let send = {
        let (app, id, drafted) = (app.clone(), s.id, s.drafted.clone());
        move |text: String| {
            app.edit(Edit::ReportText {
                section: id.to_string(),
                text,
                drafted: drafted.clone(),
            })
        }
    };
    let onchange = {
        let send = send.clone();
        Callback::from(move |e: Event| {
            if let Some(t) = e.target_dyn_into::<HtmlTextAreaElement>() {
                send(t.value());
            }
        })
    };
    let restore = Callback::from(move |_: MouseEvent| send(String::new()));
    let heading_id = format!("official-{}", s.id);
    html! {
        <section class="official-section" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ s.heading }</h2>
            { for s.paragraphs.iter().map(|p| html! { <p class="official-para">{ p.clone() }</p> }) }
            <details class="official-edit no-print">
                <summary>{ if s.edited { "修改本节文字(已修改)" } else { "修改本节文字" } }</summary>
                <textarea rows="8" aria-label={format!("{}文字", s.heading)}
                    value={s.paragraphs.join("\n")} {onchange} />
                <p class="hint">{ "每段一行;修改会自动保存到本草稿。清空后恢复为自动起草的文字。" }</p>
                if s.edited {
                    <button type="button" onclick={restore}>{ "恢复自动起草的文字" }</button>
                }
            </details>
        </section>
    }
}
