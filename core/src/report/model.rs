//! The report model and the one function that builds it.

use super::appendix::{appendix, AppendixPart};
use super::assets::{asset_rows, AssetRow};
use super::chart::{chart_svg, ChartSvg, PartBar};
use super::cover::{cover, Cover};
use super::findings::{by_article, red_lines, ArticleSection, FindingEntry};
use super::ledger::{ledger, LedgerRow};
use super::lookup::Lookup;
use super::official::{official, OfficialReport};
use super::params::{parameters, ParamRow};
use super::qr::{qr_payload, qr_svg, QrSvg};
use super::record::{record, RecordSection};
use crate::engine::{Counts, Evaluation, FilingVerdict, Verdict};
use crate::filing_form::{embedded_layout, filing_forms, FilingForm};
use crate::model::Assessment;
use crate::pack::Pack;

/// Everything the report page shows, in print order; the view only renders it.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The cover.
    pub cover: Cover,
    /// `Some(n)` while `n` rows are unanswered: the view prints 未完成 on the cover and header.
    pub unfinished: Option<usize>,
    /// Status counts over all rows; they add up to the number of rows.
    pub counts: Counts,
    /// Answered share in whole percent.
    pub completion_percent: u8,
    /// The overall verdict and its reasons (`verdict.overall.label()` is the headline).
    pub verdict: Verdict,
    /// Counts per part, in pack order (the chart's data, also for a table).
    pub parts: Vec<PartBar>,
    /// The per-part chart as SVG geometry.
    pub chart: ChartSvg,
    /// Filing readiness of every app, in inventory order.
    pub filing: Vec<FilingVerdict>,
    /// Every red-line finding, in questionnaire order: the first findings section.
    pub red_lines: Vec<FindingEntry>,
    /// Every article with its counts and problem and unanswered rows.
    pub articles: Vec<ArticleSection>,
    /// Every app, account and group with its problems.
    pub assets: Vec<AssetRow>,
    /// The rectification ledger, red lines first.
    pub ledger: Vec<LedgerRow>,
    /// Parameters in force.
    pub parameters: Vec<ParamRow>,
    /// Every row with its answer, by part.
    pub appendix: Vec<AppendixPart>,
    /// 定稿与修改记录 (the working record).
    pub record: RecordSection,
    /// The 正式报告 drafted from the same findings.
    pub official: OfficialReport,
    /// The 备案申请表 of every hosted app.
    pub filing_forms: Vec<FilingForm>,
    /// The text in the QR code printed on every page.
    pub qr_payload: String,
    /// That QR code (`None` only if the payload were too long for any QR version).
    pub qr: Option<QrSvg>,
}

/// Builds the report of `assessment` answered against `pack`, where `evaluation` is
/// `engine::evaluate(pack, assessment)` (passed in because the app has it already).
pub fn build_report(pack: &Pack, assessment: &Assessment, evaluation: &Evaluation) -> Report {
    let lookup = Lookup::new(pack, assessment);
    let parts: Vec<PartBar> = evaluation
        .parts
        .iter()
        .map(|s| PartBar {
            id: s.id.clone(),
            title: s.title.clone(),
            counts: s.counts,
        })
        .collect();
    let cover = cover(pack, assessment);
    let qr_payload = qr_payload(&cover);
    let ledger = ledger(pack, assessment, &lookup, evaluation);
    Report {
        official: official(pack, assessment, evaluation, &cover, &ledger),
        filing_forms: embedded_layout()
            .map(|l| filing_forms(l, pack, assessment))
            .unwrap_or_default(),
        qr: qr_svg(&qr_payload),
        qr_payload,
        record: record(assessment),
        cover,
        unfinished: match evaluation.counts.unanswered {
            0 => None,
            n => Some(n),
        },
        counts: evaluation.counts,
        completion_percent: evaluation.completion_percent,
        verdict: evaluation.verdict.clone(),
        chart: chart_svg(&parts),
        parts,
        filing: evaluation.filing.clone(),
        red_lines: red_lines(pack, &lookup, evaluation),
        articles: by_article(pack, &lookup, evaluation),
        assets: asset_rows(&assessment.inventory, evaluation),
        ledger,
        parameters: parameters(pack, assessment),
        appendix: appendix(pack, assessment, &lookup, evaluation),
    }
}
