//! The start page of the full app: [`StartView`] bound to the app state (new, sample, drafts, export).

use fingertip_core::model::Purpose;
use fingertip_core::pack::pack_line;
use yew::prelude::*;
use yew_router::prelude::*;

use super::start_view::StartView;
use crate::components::data_safety::ExportAllButton;
use crate::components::{DraftList, TextSizeToggle};
use crate::hooks::use_app;
use crate::route::Step;

/// The start page.
#[component]
pub fn StartPage() -> Html {
    let app = use_app();
    let navigator = use_navigator();
    let pack = app.national_pack();
    let on_new = {
        let (app, navigator) = (app.clone(), navigator.clone());
        Callback::from(move |_| {
            let id = app.new_draft(Purpose::Periodic);
            if let Some(nav) = &navigator {
                nav.push(&Step::Unit.route(&id));
            }
        })
    };
    let on_sample = {
        let (app, navigator) = (app.clone(), navigator.clone());
        Callback::from(move |_| {
            if let Some(id) = app.new_sample_draft() {
                if let Some(nav) = &navigator {
                    nav.push(&Step::Result.route(&id));
                }
            }
        })
    };
    let on_dismiss = {
        let app = app.clone();
        Callback::from(move |_| app.dismiss_notice())
    };
    html! {
        <StartView
            pack_line={pack_line(&pack.title, &pack.version, pack.items.len())}
            text_size={html! { <TextSizeToggle /> }}
            export_all={html! { <ExportAllButton /> }}
            notice={app.state().notice.clone().map(AttrValue::from)}
            {on_dismiss}
            {on_new}
            {on_sample}
            drafts={html! { <DraftList /> }}
        />
    }
}
