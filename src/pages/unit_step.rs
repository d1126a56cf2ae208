//! Step 1 单位信息: who is checking and why; every change is applied (and autosaved) at once.

use fingertip_core::edit::{Edit, ProfileField};
use fingertip_core::model::{Purpose, UnitLevel, UnitType};
use yew::prelude::*;

use crate::components::inventory::input::dispatch;
use crate::components::inventory::{CheckField, EnumField, TextField};
use crate::components::ParamsEditor;
use crate::hooks::use_app;
use crate::route::{href, Step};

/// The 单位信息 step.
#[component]
pub fn UnitStep() -> Html {
    let app = use_app();
    let Some(session) = app.session() else {
        return Html::default();
    };
    let id = session.assessment.id.to_string();
    let p = &session.assessment.profile;
    // Each input sends its one field as an intent; core applies it to the profile as it is now.
    let on_change = dispatch(&app, Edit::ProfileField);
    html! {
        <section class="step form-step unit-step" aria-labelledby="unit-title">
            <h1 id="unit-title">{ "单位信息" }</h1>
            <p class="hint">{ "填写开展自查的单位和填报人。改动会自动保存在本浏览器中。" }</p>
            <div class="profile-form" key={id.clone()}>
                <fieldset>
                    <legend>{ "单位" }</legend>
                    <TextField id="unit-name" label="单位名称" value={p.name.clone()} autocomplete="organization"
                        on_change={on_change.reform(ProfileField::Name)} />
                    <EnumField<UnitLevel> id="unit-level" label="单位层级" value={p.level}
                        on_change={on_change.reform(ProfileField::Level)} />
                    <EnumField<UnitType> id="unit-type" label="单位类型" value={p.unit_type}
                        on_change={on_change.reform(ProfileField::UnitType)} />
                    <CheckField id="unit-supervising" label="是否有下级单位" checked={p.supervising}
                        on_change={on_change.reform(ProfileField::Supervising)} />
                </fieldset>
                <fieldset>
                    <legend>{ "本次自查" }</legend>
                    <EnumField<Purpose> id="unit-purpose" label="自查目的" value={p.purpose}
                        on_change={on_change.reform(ProfileField::Purpose)} />
                    <TextField id="unit-assessor" label="填报人" value={p.assessor.clone()} autocomplete="name"
                        on_change={on_change.reform(ProfileField::Assessor)} />
                    <TextField id="unit-contact" label="联系方式" kind="tel" value={p.contact.clone()}
                        autocomplete="tel" on_change={on_change.reform(ProfileField::Contact)} />
                    <TextField id="unit-date" label="自查日期" kind="date" value={p.date.clone()}
                        on_change={on_change.reform(ProfileField::Date)} />
                </fieldset>
                <ParamsEditor />
            </div>
            <nav class="step-nav" aria-label="下一步">
                <a class="next" href={href(&Step::Inventory.route(&id))}>{ "下一步:清单" }</a>
            </nav>
        </section>
    }
}
