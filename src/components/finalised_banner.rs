//! The banner over every page of a finalised (定稿) draft: who finalised it, when, its
//! fingerprint, that it is read-only, and where to reopen it.

use fingertip_core::finalise::time_text;
use fingertip_core::fingerprint::short;
use yew::prelude::*;

use crate::hooks::use_app;
use crate::route::{href, Route};

/// Props of [`FinalisedBanner`].
#[derive(Properties, PartialEq)]
pub struct FinalisedBannerProps {
    /// Whether the page is the report, where 重新打开 is (then no link to it is shown).
    #[prop_or_default]
    pub on_report: bool,
}

/// Shows nothing unless the open draft is finalised.
#[component]
pub fn FinalisedBanner(props: &FinalisedBannerProps) -> Html {
    let app = use_app();
    let Some(session) = app.session() else {
        return Html::default();
    };
    let Some(f) = session.assessment.finalisation.finalised.clone() else {
        return Html::default();
    };
    let reviewer = match f.reviewer.as_str() {
        "" => String::new(),
        r => format!(",审核人 {r}"),
    };
    let report = href(&Route::Report {
        id: session.assessment.id.to_string(),
    });
    html! {
        <section class="finalised-banner no-print" role="status" data-testid="finalised-banner">
            <strong>{ "本自查已定稿,内容只读。" }</strong>
            { format!(" 填报人 {}{reviewer},定稿时间 {},数据指纹 {}。", f.assessor, time_text(&f.at), short(&f.fingerprint)) }
            if props.on_report {
                { " 如需修改,请点击下方的“重新打开”并填写原因。" }
            } else {
                { " 如需修改,请到" }<a href={report}>{ "自查报告页" }</a>{ "点击“重新打开”并填写原因。" }
            }
        </section>
    }
}
