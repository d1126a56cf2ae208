//! The rectification ledger (整改台账) as the report and its exports show it: one row per problem,
//! red lines first, with the column headers both exports share.

use super::lookup::Lookup;
use crate::engine::{rectification_rows, Evaluation};
use crate::model::{Assessment, AssetId, RectStatus};
use crate::pack::{Pack, Severity};

/// Column headers of the ledger, in export order: 序号, 类别 (红线/建议), then 条目 (item id)
/// and 对象 (asset), then the columns of the standard rectification ledger.
pub const LEDGER_HEADERS: [&str; 10] = [
    "序号",
    "类别",
    "条目",
    "对象",
    "问题",
    "依据",
    "整改措施",
    "责任人",
    "时限",
    "状态",
];

/// One ledger row.
#[derive(Debug, Clone, PartialEq)]
pub struct LedgerRow {
    /// 序号, from 1.
    pub no: usize,
    /// Item id.
    pub item: String,
    /// Asset id, or `unit` (with `item`, the key of the answer the row edits).
    pub asset: AssetId,
    /// Asset display label.
    pub asset_label: String,
    /// 红线 or 建议.
    pub severity: Severity,
    /// Its label.
    pub severity_label: &'static str,
    /// 问题: the question, then the reasons.
    pub problem: String,
    /// 依据: citations with confidence, joined with ;.
    pub basis: String,
    /// 整改措施: the unit's measure, else the item's remedy.
    pub measure: String,
    /// 责任人
    pub owner: String,
    /// 时限
    pub deadline: String,
    /// 状态
    pub status: RectStatus,
    /// Its label, e.g. 待整改.
    pub status_label: &'static str,
    /// The unit's note on this row; empty when none.
    pub note: String,
}

impl LedgerRow {
    /// The text cells in [`LEDGER_HEADERS`] order, not yet neutralised for spreadsheets.
    pub fn cells(&self) -> [String; 10] {
        [
            self.no.to_string(),
            self.severity_label.to_string(),
            self.item.clone(),
            self.asset_label.clone(),
            self.problem.clone(),
            self.basis.clone(),
            self.measure.clone(),
            self.owner.clone(),
            self.deadline.clone(),
            self.status_label.to_string(),
        ]
    }
}

/// The ledger of `eval`, from [`rectification_rows`].
pub(crate) fn ledger(
    pack: &Pack,
    assessment: &Assessment,
    lookup: &Lookup<'_>,
    eval: &Evaluation,
) -> Vec<LedgerRow> {
    rectification_rows(pack, assessment, eval)
        .into_iter()
        .map(|r| LedgerRow {
            note: lookup
                .answer(&r.item, &r.asset)
                .map(|a| a.note.trim().to_string())
                .unwrap_or_default(),
            no: r.no,
            item: r.item,
            asset: r.asset,
            asset_label: r.asset_label,
            severity: r.severity,
            severity_label: r.severity.label(),
            problem: r.problem,
            basis: r.basis,
            measure: r.measure,
            owner: r.owner,
            deadline: r.deadline,
            status: r.status,
            status_label: r.status.label(),
        })
        .collect()
}
