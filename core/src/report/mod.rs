//! The report (自查报告): a pure model of everything the report page shows, built from
//! (pack, assessment, evaluation), and the exports of its rectification ledger (CSV, XLSX).
//! The view only maps these fields to markup; it computes nothing.

mod appendix;
mod assets;
mod chart;
mod cover;
mod csv;
mod docx;
mod error;
mod file_name;
mod findings;
mod fingerprint;
mod ledger;
mod lookup;
mod model;
mod official;
mod official_problems;
mod params;
mod qr;
mod record;
mod text;
pub(crate) mod xlsx;

pub use appendix::{AnswerRow, AppendixPart};
pub use assets::{AssetProblem, AssetRow};
pub use chart::{
    chart_svg, ChartLabel, ChartRect, ChartSvg, PartBar, BAR_HEIGHT, BAR_WIDTH, CHART_WIDTH,
    OPEN_LABEL, SEGMENTS,
};
pub use cover::{Cover, REPORT_TITLE};
pub use csv::{ledger_csv, neutralize};
pub use docx::{filing_form_docx, official_docx, workpaper_docx};
pub use error::ReportError;
pub use file_name::export_file_name;
pub use findings::{ArticleSection, FindingEntry};
pub use fingerprint::{assessment_fingerprint, fingerprint, full_fingerprint};
pub use ledger::{LedgerRow, LEDGER_HEADERS};
pub use model::{build_report, Report};
pub use official::{chinese_date, NarrativeSection, OfficialReport, OFFICIAL_SECTIONS};
pub use params::ParamRow;
pub use qr::{qr_payload, qr_svg, QrSvg, QR_TITLE, QUIET_ZONE};
pub use record::{RecordEntry, RecordSection};
pub use text::{article_label, basis_line, number_text, value_text};
pub use xlsx::{ledger_xlsx, LEDGER_SHEET};
