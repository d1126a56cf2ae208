//! The saved drafts: unit, purpose, last saved, progress, red lines; continue or delete (with confirmation).

use std::rc::Rc;

use fingertip_core::draft::DraftSummary;
use fingertip_core::model::Purpose;
use yew::prelude::*;

use super::draft_rename::rename_field_id;
use super::{draft_action, DraftTable};
use crate::hooks::use_app;
use crate::platform::focus;

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
    let renaming = use_state(|| None::<AttrValue>);
    let last_renamed = use_mut_ref(|| None::<AttrValue>);
    // Focus goes into the name field when it opens, back to 重命名 when it closes.
    use_effect_with((*renaming).clone(), move |open| {
        let back = last_renamed.replace(open.clone());
        match (open, back) {
            (Some(id), _) => {
                focus::focus_id(&rename_field_id(id));
            }
            (None, Some(id)) => {
                focus::focus_id(&draft_action::rename(&id));
            }
            (None, None) => {}
        }
    });
    let last_asked = use_mut_ref(|| None::<AttrValue>);
    // Keyboard focus follows the question: onto 确认删除 when asked, back to 删除 when cancelled.
    use_effect_with((*confirming).clone(), move |asking| {
        let back = last_asked.replace(asking.clone());
        match (asking, back) {
            (Some(id), _) => {
                focus::focus_id(&draft_action::confirm_delete(id));
            }
            (None, Some(id)) => {
                focus::focus_id(&draft_action::delete(&id));
            }
            (None, None) => {}
        }
    });
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
    let on_rename_ask = {
        let r = renaming.clone();
        Callback::from(move |id: String| r.set(Some(id.into())))
    };
    let on_rename_close = {
        let r = renaming.clone();
        Callback::from(move |()| r.set(None))
    };
    let on_rename = {
        let app = app.clone();
        Callback::from(move |(id, typed): (String, String)| app.rename_draft(&id, &typed))
    };
    let on_delete = {
        let c = confirming.clone();
        Callback::from(move |id: String| {
            app.delete_draft(&id);
            c.set(None);
        })
    };
    html! {
        <DraftTable {drafts} {practice} confirming={(*confirming).clone()} {on_ask} {on_cancel} {on_delete}
            renaming={(*renaming).clone()} {on_rename_ask} {on_rename} {on_rename_close} />
    }
}
