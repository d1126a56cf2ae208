//! The report model of the open draft, built once per change of the draft. On opening, the page
//! first shows that the report is being prepared; the model is built in a task of its own and
//! drawn in the next, so neither holds the browser long (at 500 + 500 building and drawing the
//! first slices in one task took ~300 ms). A change while the report is shown (a ledger cell
//! typed in) rebuilds it at once, as before: the cell must not lose its report for a turn.

use fingertip_core::report::{build_report, Report};
use yew::platform::spawn_local;
use yew::prelude::*;

use super::use_app;
use crate::platform::tick::next_tick;
use crate::state::{Session, Shared};

/// The report of the open draft; `None` until the first one is built (or with no draft open).
#[hook]
pub fn use_report() -> Option<Shared<Report>> {
    let app = use_app();
    let pack = app.pack();
    let first = use_state(|| None::<(Shared<Session>, Shared<Report>)>);
    let session = app.session().map(Shared::from);
    {
        let (first, app) = (first.clone(), app.clone());
        // Again when a draft gets opened on this page (none was when it was first drawn).
        use_effect_with(session.is_some(), move |&open| {
            if !open || first.is_some() {
                return;
            }
            spawn_local(async move {
                next_tick().await;
                let Some(session) = app.session().map(Shared::from) else {
                    return;
                };
                let report = build_report(app.pack(), &session.assessment, &session.evaluation);
                next_tick().await;
                first.set(Some((session, Shared::new(report))));
            });
        });
    }
    let report = use_memo((session, (*first).clone()), move |(session, first)| match (
        session, first,
    ) {
        (Some(s), Some((built_for, report))) if s == built_for => Some(report.clone()),
        (Some(s), Some(_)) => Some(Shared::new(build_report(
            pack,
            &s.assessment,
            &s.evaluation,
        ))),
        _ => None,
    });
    (*report).clone()
}
