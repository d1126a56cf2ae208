//! Thresholds (pack parameters): each shown with its default and where the default comes from —
//! a national figure with its basis, or the tool's suggestion where there is none — and adjustable
//! by the unit or its supervisor. A value equal to the default is stored as "no override".

use fingertip_core::edit::Edit;
use fingertip_core::number::parse_number;
use fingertip_core::report::number_text;
use yew::prelude::*;

use crate::components::inventory::TextField;
use crate::hooks::use_app;

/// The parameters fieldset.
#[component]
pub fn ParamsEditor() -> Html {
    let app = use_app();
    let Some(session) = app.session() else {
        return Html::default();
    };
    let overrides = &session.assessment.parameters;
    let field = |p: &fingertip_core::pack::Parameter| {
        let value = overrides.get(&p.id).copied().unwrap_or(p.default);
        let (app, id, default) = (app.clone(), p.id.clone(), p.default);
        let on_change = Callback::from(move |text: String| {
            // Blank or not a number: nothing stored (the box keeps what was typed).
            if let Ok(Some(v)) = parse_number(&text) {
                let value = (v != default).then_some(v);
                app.edit(Edit::Parameter {
                    id: id.clone(),
                    value,
                });
            }
        });
        let note_id = format!("param-{}-note", p.id);
        html! {
            <div class="param">
                <TextField id={format!("param-{}", p.id)} kind="number" value={number_text(value)}
                    label={format!("{}({},默认 {})", p.label, p.unit, number_text(p.default))} {on_change}
                    describedby={AttrValue::from(note_id.clone())} />
                <p class="param-note" id={note_id}>
                    <strong>{ if p.national { "全国口径。" } else { "本工具建议值。" } }</strong>
                    { p.note.clone() }
                </p>
            </div>
        }
    };
    html! {
        <fieldset class="params">
            <legend>{ "判断阈值(可调整的默认值)" }</legend>
            <p class="hint">{ "每个阈值都注明默认值的来源:有全国口径的按全国口径,没有全国统一数值的为本工具建议值。可按本地区或主管部门的要求调整(不宜宽于全国口径),报告和每条相关问题旁都会注明所用数值。" }</p>
            { for app.pack().parameters.iter().map(field) }
        </fieldset>
    }
}
