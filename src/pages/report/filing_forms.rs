//! The 备案申请表 of every hosted app, one printed page each: the eight rows filled from the
//! draft, blank parts left to write in (marked 待补充 on screen and listed above the form), the
//! footnote, the pledge and the 单位(盖章)/date block. The layout's source prints small.

use fingertip_core::filing_form::{FilingForm, FormPart, TO_FILL};
use yew::prelude::*;

use super::SectionProps;

fn part_view(part: &FormPart) -> Html {
    html! {
        <div class="form-part">
            if !part.label.is_empty() { <span class="form-part-label">{ format!("{}:", part.label) }</span> }
            if part.lines.is_empty() {
                <span class="form-blank" aria-hidden="true"></span>
                <span class="to-fill no-print" title={part.hint.clone()}>{ TO_FILL }</span>
            } else {
                { for part.lines.iter().map(|l| html! { <span class="form-line">{ l.clone() }</span> }) }
            }
        </div>
    }
}

fn form_view(form: &FilingForm) -> Html {
    let l = &form.layout;
    let heading_id = format!("filing-form-{}", form.app);
    html! {
        <section class="filing-form" aria-labelledby={heading_id.clone()}>
            <aside class="to-fill-list no-print" aria-label={format!("{} 待补充", form.app_name)}>
                if form.to_fill.is_empty() {
                    <p>{ "本表各栏均已由自查数据填写,请核对。" }</p>
                } else {
                    <p>{ format!("以下 {} 处自查数据无法得知,打印后请手工填写(或在 Word 文件中补充),不要臆造:", form.to_fill.len()) }</p>
                    <ul>{ for form.to_fill.iter().map(|t| html! { <li>{ t.clone() }</li> }) }</ul>
                }
            </aside>
            <p class="form-attachment">{ l.attachment.clone() }</p>
            <h2 id={heading_id} class="form-title">{ l.title.clone() }</h2>
            <table class="form-table">
                <caption class="visually-hidden">{ format!("{}({})", l.title, form.app_name) }</caption>
                <colgroup><col class="form-col-label" /><col /></colgroup>
                <tbody>
                    { for form.rows.iter().map(|row| html! {
                        <tr>
                            <th scope="row">{ row.label.clone() }</th>
                            <td>{ for row.parts.iter().map(part_view) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <p class="form-footnote">{ format!("注:{}", l.footnote) }</p>
            <p class="form-pledge">{ l.pledge.clone() }</p>
            <div class="form-seal">
                <p>{ format!("{}:", l.seal) }</p>
                <p>{ l.date.clone() }</p>
            </div>
            <p class="form-source">{ format!("表式来源:{}({})", l.source, l.confidence) }</p>
        </section>
    }
}

/// Every hosted app's form, or why there is none.
#[component]
pub fn FilingFormsView(props: &SectionProps) -> Html {
    let forms = &props.report.filing_forms;
    html! {
        <div class="filing-forms">
            <h1 id="filing-title" class="visually-hidden">{ "备案申请表" }</h1>
            if forms.is_empty() {
                <p class="report-section">{ "本单位清单中没有主办的政务应用程序,无需填写备案申请表(仅使用的应用由主办单位备案)。" }</p>
            }
            { for forms.iter().map(form_view) }
        </div>
    }
}
