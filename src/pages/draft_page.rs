//! The frame around every wizard step: opens the draft named in the route, shows the step bar,
//! the save status and the large-text toggle, then the step itself.

use fingertip_core::model::Purpose;
use yew::prelude::*;
use yew_router::prelude::*;

use super::{CheckStep, InventoryStep, ReportPage, ResultStep, UnitStep};
use crate::components::{
    FinalisedBanner, OverlayBar, PageMain, SaveStatusLine, StepBar, TextSizeToggle,
};
use crate::error::DraftError;
use crate::hooks::use_app;
use crate::route::{Route, Step};

/// Props of [`DraftPage`].
#[derive(Properties, PartialEq)]
pub struct DraftPageProps {
    /// Draft id from the route.
    pub id: AttrValue,
    /// Which step to show.
    pub step: Step,
    /// For the 自查 step: the article to show (first with rows when absent).
    #[prop_or_default]
    pub article: Option<AttrValue>,
    /// Show the printable report (under the 结果 step) instead of the step itself.
    #[prop_or_default]
    pub report: bool,
}

/// A wizard step of one draft.
#[component]
pub fn DraftPage(props: &DraftPageProps) -> Html {
    let app = use_app();
    let error = use_state(|| None::<DraftError>);
    {
        let (app, error) = (app.clone(), error.clone());
        use_effect_with(props.id.clone(), move |id| {
            error.set(app.open_draft(id).err())
        });
    }
    if let Some(msg) = &*error {
        return html! { <PageMain>
            <section class="error-panel" role="alert">
                <h1>{ "无法打开草稿" }</h1>
                <p>{ msg.to_string() }</p>
                <Link<Route> to={Route::Start}>{ "返回首页" }</Link<Route>>
            </section>
        </PageMain> };
    }
    let Some(session) = app
        .session()
        .filter(|s| s.assessment.id == props.id.as_str())
    else {
        return html! { <PageMain><p class="loading">{ "正在打开草稿……" }</p></PageMain> };
    };
    let unit = session.assessment.profile.name.trim().to_string();
    let practice = session.assessment.profile.purpose == Purpose::Training;
    let locked = session.assessment.is_finalised();
    // A disabled fieldset disables every control inside it: a finalised draft is read-only.
    let form = |step: Html| html! { <fieldset class="lock" disabled={locked}>{ step }</fieldset> };
    let body = match props.step {
        _ if props.report => html! { <ReportPage /> },
        Step::Unit => form(html! { <UnitStep /> }),
        Step::Inventory => form(html! { <InventoryStep /> }),
        Step::Check => form(html! { <CheckStep article={props.article.clone()} /> }),
        Step::Result => html! { <ResultStep /> },
    };
    html! {
        <>
            <header class="draft-header">
                <Link<Route> to={Route::Start} classes="home-link">{ "指尖自查" }</Link<Route>>
                <span class="draft-unit">{ if unit.is_empty() { "(未填写单位名称)".to_string() } else { unit } }</span>
                if !session.assessment.title.is_empty() {
                    <span class="draft-title">{ format!("· {}", session.assessment.title) }</span>
                }
                if practice {
                    <span class="practice-badge">{ "培训练习" }</span>
                }
                <SaveStatusLine />
                <TextSizeToggle />
            </header>
            <StepBar id={props.id.clone()} current={props.step} />
            <PageMain>
                <FinalisedBanner on_report={props.report} />
                if !props.report {
                    <OverlayBar />
                }
                { body }
            </PageMain>
        </>
    }
}
