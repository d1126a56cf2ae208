//! The saved drafts: unit, purpose, last saved, progress, red lines; continue or delete (with confirmation).

use std::rc::Rc;

use fingertip_core::draft::DraftSummary;
use fingertip_core::model::Purpose;
use yew::prelude::*;

use super::DraftTable;
use crate::hooks::use_app;

/// Props of [`DraftList`].
#[derive(Properties, PartialEq)]
pub struct DraftListProps {
    /// List only 培训练习 drafts (the training hub) instead of only real ones (the start page).
    #[prop_or_default]
    pub practice: bool,
}

/// The draft list from the app state, real or practice drafts by `practice`.
#[component]
pub fn DraftList(props: &DraftListProps) -> Html {
    let app = use_app();
    let confirming = use_state(|| None::<AttrValue>);
    let practice = props.practice;
    let drafts: Rc<[DraftSummary]> = (app.state().drafts.iter())
        .filter(|d| (d.purpose == Purpose::Training) == practice)
        .cloned()
        .collect();
    let on_ask = {
        let c = confirming.clone();
        Callback::from(move |id: String| c.set(Some(id.into())))
    };
    let on_cancel = {
        let c = confirming.clone();
        Callback::from(move |()| c.set(None))
    };
    let on_delete = {
        let c = confirming.clone();
        Callback::from(move |id: String| {
            app.delete_draft(&id);
            c.set(None);
        })
    };
    html! {
        <DraftTable {drafts} {practice} confirming={(*confirming).clone()} {on_ask} {on_cancel} {on_delete} />
    }
}
