//! The 正式报告 (公文): 主送机关, the title, the four narrative sections, the closing unit and
//! date with the signature/seal block; its 附件 (ledger, answer list) are rendered by the page.

use std::rc::Rc;

use fingertip_core::edit::Edit;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::narrative::Narrative;
use super::SectionProps;
use crate::hooks::use_app;

/// The 公文 body; the addressee box and section edit boxes show on screen only.
#[component]
pub fn OfficialReportView(props: &SectionProps) -> Html {
    let app = use_app();
    let r = &props.report;
    let o = &r.official;
    let on_addressee = Callback::from(move |e: Event| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            app.edit(Edit::Addressee(input.value().trim().to_string()));
        }
    });
    let addressee = match o.addressee.as_str() {
        "" => "\u{3000}".repeat(8),
        a => a.to_string(),
    };
    let mut annexes: Vec<String> = Vec::new();
    if !r.ledger.is_empty() {
        annexes.push(format!("整改台账(共 {} 项)", r.ledger.len()));
    }
    html! {
        <section class="official" aria-labelledby="official-title">
            if let Some(n) = r.unfinished {
                <p class="unfinished-banner">
                    <strong>{ "未完成" }</strong>
                    { format!(":本次自查尚有 {n} 项未作答,本报告仅反映已作答部分。") }
                </p>
            }
            <fieldset class="lock no-print" disabled={r.record.finalised}>
                <label class="addressee-field">
                    { "主送机关" }
                    <input type="text" value={o.addressee.clone()} onchange={on_addressee}
                        placeholder="如:县委办公室、县政府办公室" />
                </label>
            </fieldset>
            <h1 id="official-title" class="official-title">{ o.title.clone() }</h1>
            <p class="official-addressee">{ format!("{addressee}:") }</p>
            <fieldset class="lock official-body" disabled={r.record.finalised}>
                { for o.sections.iter().map(|s| html! { <Narrative key={s.id} section={Rc::new(s.clone())} /> }) }
            </fieldset>
            if !annexes.is_empty() {
                <p class="official-annex">
                    { for annexes.iter().enumerate().map(|(i, a)| html! {
                        <span class="annex-line">{ format!("{}{}. {a}", if i == 0 { "附件:" } else { "" }, i + 1) }</span>
                    }) }
                </p>
            }
            <div class="official-closing keep">
                <p class="sign-line"><span class="sign-label">{ "单位负责人(签字):" }</span><span class="sign-blank"></span></p>
                <div class="closing-block">
                    <div class="seal-box"><span>{ "盖章处" }</span></div>
                    <p class="closing-unit">{ o.closing_unit.clone() }</p>
                    <p class="closing-date">{ o.closing_date.clone() }</p>
                </div>
            </div>
        </section>
    }
}
