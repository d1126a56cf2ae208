//! The 地方标准 line of an open draft: which overlays it is answered with, and a button for each
//! overlay loaded in this browser that the draft lacks or has in an older version.

use fingertip_core::overlay::would_attach;
use yew::prelude::*;

use crate::hooks::use_app;
use crate::platform::overlay_store;
use crate::route::{href, Route};

/// The overlay line; nothing when the draft has none and none is loaded.
#[component]
pub fn OverlayBar() -> Html {
    let app = use_app();
    let session = app.session();
    // Read once per draft and per change of its overlays, not on every keystroke.
    let key = session.as_ref().map(|s| {
        let a = &s.assessment;
        (
            a.id.clone(),
            a.overlays
                .iter()
                .map(|o| o.hash.clone())
                .collect::<Vec<_>>(),
        )
    });
    let stored = use_memo(key, {
        let national = app.national_pack();
        move |_| overlay_store::load_all(national).0
    });
    let Some(session) = session else {
        return Html::default();
    };
    let a = &session.assessment;
    let offers: Vec<Html> = stored
        .iter()
        .filter(|o| !a.is_finalised() && would_attach(a, o))
        .map(|o| {
            let upgrade = a.overlays.iter().find(|x| x.id == o.id);
            let text = match upgrade {
                Some(old) => format!("升级“{}”:{} 版 → {} 版", o.title, old.version, o.version),
                None => format!("在本自查中加入“{}”{} 版", o.title, o.version),
            };
            let (app, o) = (app.clone(), o.clone());
            html! {
                <button type="button" data-action="attach-overlay"
                    onclick={Callback::from(move |_| app.attach_overlay(&o))}>{ text }</button>
            }
        })
        .collect();
    if a.overlays.is_empty() && offers.is_empty() && session.overlay_problem.is_none() {
        return Html::default();
    }
    html! {
        <section class="overlay-bar no-print" aria-label="地方标准">
            if a.overlays.is_empty() {
                <p>{ "本自查只按全国问卷填写。" }</p>
            } else {
                <p>{ "本自查叠加了地方标准:" }
                    { for session.pack.overlays.iter().map(|s| html! { <span class="item-source">{ s.label() }</span> }) }
                </p>
            }
            if let Some(problem) = session.overlay_problem.clone() {
                <p class="notice" role="alert">{ problem }</p>
            }
            if !offers.is_empty() {
                <p class="actions">{ for offers }</p>
            }
            <p><a href={href(&Route::Overlays)}>{ "管理地方标准" }</a></p>
        </section>
    }
}
