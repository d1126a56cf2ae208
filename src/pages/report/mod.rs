//! The printable self-check report: builds the pure report model from the open draft once per
//! change and lays out one of three documents from it — the 正式报告 (公文), the 自查底稿 (the
//! complete working record) or the 备案申请表 of each hosted app. Sections only render fields
//! of the model; the ledger and the 正式报告's text boxes also store the unit's edits.

mod appendix;
mod assets;
mod chart;
mod colophon;
mod compare_link;
mod cover;
mod entry;
mod exports;
mod filing_forms;
mod finalise_panel;
mod findings;
mod gone_rows;
mod ledger;
mod ledger_import;
mod ledger_row;
mod marks;
mod narrative;
mod next_check;
mod official;
mod params;
mod record;
mod red_lines;
mod signature;
mod style_switch;
mod summary;

use crate::state::Shared;

use fingertip_core::report::Report;
use yew::prelude::*;

use crate::hooks::{use_progressive, use_report};
use crate::platform::print;
use appendix::{appendix_rows, ReportAppendix};
use assets::ReportAssets;
use colophon::ReportColophon;
use compare_link::CompareLink;
use cover::ReportCover;
use exports::ExportBar;
use filing_forms::FilingFormsView;
use finalise_panel::FinalisePanel;
use findings::ReportFindings;
use ledger::ReportLedger;
use marks::PrintMarks;
use next_check::NextCheckPanel;
use official::OfficialReportView;
use params::ReportParams;
use record::ReportRecord;
use red_lines::ReportRedLines;
use signature::ReportSignature;
pub use style_switch::ReportStyle;
use style_switch::StyleSwitch;
use summary::ReportSummary;

/// Props shared by every report section: the model, built once per change of the draft.
#[derive(Properties, PartialEq)]
pub struct SectionProps {
    /// The report model.
    pub report: Shared<Report>,
}

/// The report of the open draft; rendered by `DraftPage`, which loads the draft first.
#[component]
pub fn ReportPage() -> Html {
    let report = use_report();
    // Held for as long as the report is shown; dropping it removes the print listeners.
    use_effect_with((), |_| {
        let guard = print::print_from_top();
        move || drop(guard)
    });
    let style = use_state(|| ReportStyle::Workpaper);
    let with_answers = use_state(|| false);
    // Hundreds of assets make a report of tens of thousands of rows: the long lists are drawn
    // in slices, and printing waits until they are complete.
    let (assets_total, answers_total) = report
        .as_ref()
        .map_or((0, 0), |r| (r.assets.len(), appendix_rows(r)));
    let assets_drawn = use_progressive(assets_total);
    let answers_drawn = use_progressive(answers_total);
    let Some(report) = report else {
        return html! { <p class="report-building" role="status">{ "正在生成报告……" }</p> };
    };
    let on_style = {
        let style = style.clone();
        Callback::from(move |s: ReportStyle| style.set(s))
    };
    let on_answers = {
        let with_answers = with_answers.clone();
        Callback::from(move |_: Event| with_answers.set(!*with_answers))
    };
    // What is still being drawn of the document shown, as (drawn, total) rows.
    let appendix_shown =
        *style == ReportStyle::Workpaper || (*style == ReportStyle::Official && *with_answers);
    let drawing = match *style {
        ReportStyle::Workpaper if assets_drawn < assets_total => {
            Some((assets_drawn + answers_drawn, assets_total + answers_total))
        }
        _ if appendix_shown && answers_drawn < answers_total => {
            Some((answers_drawn, answers_total))
        }
        _ => None,
    };
    let body = match *style {
        ReportStyle::Workpaper => html! {
            <>
                <ReportCover report={report.clone()} />
                <ReportSummary report={report.clone()} />
                <ReportRedLines report={report.clone()} />
                <ReportFindings report={report.clone()} />
                <ReportAssets report={report.clone()} drawn={assets_drawn} />
                <ReportLedger report={report.clone()} />
                <ReportParams report={report.clone()} />
                <ReportSignature />
                <ReportRecord report={report.clone()} />
                <ReportAppendix report={report.clone()} drawn={answers_drawn} />
                <ReportColophon report={report.clone()} />
            </>
        },
        ReportStyle::Official => html! {
            <>
                <label class="answers-toggle no-print">
                    <input type="checkbox" checked={*with_answers} onchange={on_answers} />
                    { "附上逐项作答清单(附件)" }
                </label>
                <OfficialReportView report={report.clone()} />
                // Before the 附件: after the landscape ledger it would take a page of its own.
                <ReportColophon report={report.clone()} />
                if !report.ledger.is_empty() {
                    <ReportLedger report={report.clone()} heading="附件1 整改台账" />
                }
                if *with_answers { <ReportAppendix report={report.clone()} drawn={answers_drawn} /> }
            </>
        },
        ReportStyle::Filing => html! {
            <>
                <FilingFormsView report={report.clone()} />
                <ReportColophon report={report.clone()} />
            </>
        },
    };
    html! {
        <article class={classes!("report", format!("style-{}", style_class(*style)))} aria-labelledby={title_id(*style)}>
            <ExportBar report={report.clone()} style={*style} with_answers={*with_answers} {drawing} />
            <StyleSwitch style={*style} on_change={on_style} />
            <FinalisePanel />
            <NextCheckPanel />
            <CompareLink />
            <PrintMarks report={report.clone()} />
            { body }
        </article>
    }
}

/// The id of the style's main heading.
fn title_id(style: ReportStyle) -> &'static str {
    match style {
        ReportStyle::Official => "official-title",
        ReportStyle::Workpaper => "report-title",
        ReportStyle::Filing => "filing-title",
    }
}

/// The CSS class suffix of a style (print rules differ per document).
fn style_class(style: ReportStyle) -> &'static str {
    match style {
        ReportStyle::Official => "official",
        ReportStyle::Workpaper => "workpaper",
        ReportStyle::Filing => "filing",
    }
}
