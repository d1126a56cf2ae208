//! The printable self-check report (自查报告): builds the pure report model from the open
//! draft once per change and lays its sections out in print order. Sections only render
//! fields of the model; the ledger section also stores the unit's rectification edits.

mod appendix;
mod assets;
mod chart;
mod cover;
mod entry;
mod exports;
mod finalise_panel;
mod findings;
mod ledger;
mod ledger_row;
mod marks;
mod params;
mod record;
mod red_lines;
mod signature;
mod summary;

use std::rc::Rc;

use fingertip_core::report::{build_report, Report};
use yew::prelude::*;

use crate::hooks::use_app;
use crate::platform::print;
use appendix::ReportAppendix;
use assets::ReportAssets;
use cover::ReportCover;
use exports::ExportBar;
use finalise_panel::FinalisePanel;
use findings::ReportFindings;
use ledger::ReportLedger;
use marks::PrintMarks;
use params::ReportParams;
use record::ReportRecord;
use red_lines::ReportRedLines;
use signature::ReportSignature;
use summary::ReportSummary;

/// Props shared by every report section: the model, built once per change of the draft.
#[derive(Properties, PartialEq)]
pub struct SectionProps {
    /// The report model.
    pub report: Rc<Report>,
}

/// The report of the open draft; rendered by `DraftPage`, which loads the draft first.
#[component]
pub fn ReportPage() -> Html {
    let app = use_app();
    let pack = app.pack();
    let report = use_memo(app.session(), move |session| {
        session
            .as_ref()
            .map(|s| Rc::new(build_report(pack, &s.assessment, &s.evaluation)))
    });
    // Held for as long as the report is shown; dropping it removes the print listeners.
    use_effect_with((), |_| {
        let guard = print::print_from_top();
        move || drop(guard)
    });
    let Some(report) = (*report).clone() else {
        return Html::default();
    };
    html! {
        <article class="report" aria-labelledby="report-title">
            <ExportBar report={report.clone()} />
            <FinalisePanel />
            <PrintMarks report={report.clone()} />
            <ReportCover report={report.clone()} />
            <ReportSummary report={report.clone()} />
            <ReportRedLines report={report.clone()} />
            <ReportFindings report={report.clone()} />
            <ReportAssets report={report.clone()} />
            <ReportLedger report={report.clone()} />
            <ReportParams report={report.clone()} />
            <ReportSignature />
            <ReportRecord report={report.clone()} />
            <ReportAppendix {report} />
        </article>
    }
}
