//! 对比: two self-checks of one unit side by side. The page loads both drafts, core compares
//! them, and the view renders the result: counts on top (red lines first), 只看变化 on by
//! default, every change with both answers and notes, print (A4) and an XLSX of the changes.

use fingertip_core::cycle::compare;
use fingertip_core::model::Assessment;
use yew::prelude::*;
use yew_router::prelude::*;

use super::compare_view::CompareView;
use crate::error::DraftError;
use crate::hooks::use_app;
use crate::platform::storage;
use crate::route::Route;

/// Props of [`ComparePage`].
#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    /// Draft id of the earlier check.
    pub before: AttrValue,
    /// Draft id of the later check.
    pub after: AttrValue,
}

fn load(id: &str) -> Result<Assessment, DraftError> {
    match storage::load_draft(id) {
        Ok(Some(a)) => Ok(a),
        Ok(None) => Err(DraftError::NotFound(id.to_string())),
        Err(e) => Err(e.into()),
    }
}

/// The comparison of two stored drafts.
#[component]
pub fn ComparePage(props: &ComparePageProps) -> Html {
    let app = use_app();
    let national = app.national_pack();
    let result = use_memo(
        (props.before.clone(), props.after.clone()),
        move |(b, a)| {
            let (before, after) = (load(b)?, load(a)?);
            let pack =
                fingertip_core::overlay::effective(national, &after.overlays).unwrap_or(national);
            Ok::<_, DraftError>(std::rc::Rc::new(compare(pack, &before, &after)))
        },
    );
    match &*result {
        Ok(c) => {
            html! { <CompareView comparison={c.clone()} after_id={Some(props.after.clone())} /> }
        }
        Err(message) => html! {
            <section class="compare">
                <h1 tabindex="-1">{ "两次自查对比" }</h1>
                <p role="alert">{ message.to_string() }</p>
            </section>
        },
    }
}

/// 与上一次自查对比: a link on the report page when the open draft has a predecessor.
#[component]
pub fn CompareLink() -> Html {
    let app = use_app();
    let Some(session) = app.session() else {
        return Html::default();
    };
    let a = &session.assessment;
    let Some(p) = &a.predecessor else {
        return Html::default();
    };
    let to = Route::Compare {
        before: p.id.clone(),
        after: a.id.clone(),
    };
    html! {
        <p class="compare-link no-print">
            <Link<Route> {to}>{ format!("与上一次自查({})对比", p.date) }</Link<Route>>
            { " · " }
            <Link<Route> to={Route::ComparePick}>{ "与其他自查或存档文件对比…" }</Link<Route>>
        </p>
    }
}
