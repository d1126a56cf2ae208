//! Thresholds without a national number (pack parameters): shown with their defaults and why, and
//! adjustable by the unit or its supervisor. A value equal to the default is stored as "no override".

use fingertip_core::edit::Edit;
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
            let Ok(v) = text.trim().parse::<f64>() else {
                return;
            };
            if v.is_finite() && v >= 0.0 {
                let value = (v != default).then_some(v);
                app.edit(Edit::Parameter {
                    id: id.clone(),
                    value,
                });
            }
        });
        html! {
            <div class="param">
                <TextField id={format!("param-{}", p.id)} kind="number" value={number_text(value)}
                    label={format!("{}({},默认 {})", p.label, p.unit, number_text(p.default))} {on_change} />
                <p class="param-note">{ p.note.clone() }</p>
            </div>
        }
    };
    html! {
        <fieldset class="params">
            <legend>{ "判断阈值(可调整的默认值)" }</legend>
            <p class="hint">{ "以下阈值没有全国统一数值,默认值为本工具建议。可按本地区或主管部门的要求调整,报告中会注明。" }</p>
            { for app.pack().parameters.iter().map(field) }
        </fieldset>
    }
}
