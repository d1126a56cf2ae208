//! The justification card (例外说明) of one restricted function whose exception is claimed:
//! 设置原因, 依据文件, 依据条款, 适用人群, 起止日期. The engine lowers the red line only when
//! every field is filled and the period covers the assessment date; the card says what is missing.

use fingertip_core::model::{Justification, JustificationField};
use yew::prelude::*;

use super::text_of;

/// Props of [`JustificationCard`].
#[derive(Properties, PartialEq)]
pub struct JustificationCardProps {
    /// Id prefix; unique on the page.
    pub id_prefix: AttrValue,
    /// The restricted function, e.g. 打卡签到.
    pub function: AttrValue,
    /// The card as saved.
    pub card: Justification,
    /// What the engine still finds wrong with it, in Chinese; empty when complete.
    pub problems: Vec<String>,
    /// Called with the field and its new text on every keystroke.
    pub on_change: Callback<(JustificationField, String)>,
}

/// One card: a fieldset named after the function, one labelled input per field.
#[component]
pub fn JustificationCard(props: &JustificationCardProps) -> Html {
    let status_id = format!("{}-status", props.id_prefix);
    let field = |f: JustificationField| {
        let id = format!("{}-{}", props.id_prefix, format!("{f:?}").to_lowercase());
        let on_change = props.on_change.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            if let Some(v) = text_of(&e) {
                on_change.emit((f, v));
            }
        });
        let label = format!("{}({})", f.label(), props.function);
        let value = props.card.get(f).to_string();
        html! {
            <div class="field">
                <label for={id.clone()}>{ label }</label>
                if f.is_date() {
                    <input type="date" {id} {value} {oninput} aria-describedby={status_id.clone()} />
                } else if f == JustificationField::Reason {
                    <textarea {id} rows="2" {value} {oninput} maxlength="2000" aria-describedby={status_id.clone()} />
                } else {
                    <input type="text" {id} {value} {oninput} maxlength="500" aria-describedby={status_id.clone()} />
                }
            </div>
        }
    };
    html! {
        <fieldset class="justification">
            <legend>{ format!("例外说明:{}", props.function) }</legend>
            { for JustificationField::ALL.into_iter().map(field) }
            <p id={status_id.clone()} class={classes!("justification-status", (!props.problems.is_empty()).then_some("incomplete"))}>
                if props.problems.is_empty() {
                    { "例外说明完整:该项红线降为建议。请保存依据文件,到期关闭该功能。" }
                } else {
                    { format!("尚不完整,红线不降级:{}", props.problems.join(";")) }
                }
            </p>
        </fieldset>
    }
}
