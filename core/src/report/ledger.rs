//! The rectification ledger (整改台账) as the report and its exports show it: one row per
//! problem (one item, listing every asset it was found on), red lines first, with the column
//! headers both exports share. A row's editable cells are stored on the answers of its assets
//! (see `cycle::ledger_edit`), so they read back as one value here.

use super::lookup::Lookup;
use crate::engine::{rectification_rows, Evaluation, RectRow};
use crate::model::{Assessment, AssetId, ItemId, LedgerHistory, RectStatus};
use crate::pack::{Pack, Severity};

/// Column headers of the ledger, in export order: 序号, 类别 (红线/建议), then 条目 (item id)
/// and 对象 (assets), then the columns of the standard rectification ledger.
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

/// One ledger row: one problem.
#[derive(Debug, Clone, PartialEq)]
pub struct LedgerRow {
    /// 序号, from 1.
    pub no: usize,
    /// Item id: the row's identity across edits, exports and self-checks.
    pub item: ItemId,
    /// Asset ids the problem was found on, in inventory order (`unit` for the unit).
    pub assets: Vec<AssetId>,
    /// The assets' display labels joined with 、.
    pub asset_label: String,
    /// 红线 or 建议: the worst over the assets.
    pub severity: Severity,
    /// Its label.
    pub severity_label: &'static str,
    /// 问题: the question, then the reasons of each asset.
    pub problem: String,
    /// 依据: citations with confidence, joined with ;.
    pub basis: String,
    /// 整改措施: the unit's measure, else the item's remedy.
    pub measure: String,
    /// 责任人
    pub owner: String,
    /// 时限
    pub deadline: String,
    /// 状态: the least advanced over the assets.
    pub status: RectStatus,
    /// Its label, e.g. 待整改.
    pub status_label: &'static str,
    /// The unit's notes on the row's answers; empty when none.
    pub note: String,
    /// The row's history across self-checks, when it has one.
    pub history: Option<LedgerHistory>,
}

impl LedgerRow {
    /// The text cells in [`LEDGER_HEADERS`] order, not yet neutralised for spreadsheets.
    pub fn cells(&self) -> [String; 10] {
        [
            self.no.to_string(),
            self.severity_label.to_string(),
            self.item.to_string(),
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

/// `text` added to `list` unless blank or already there.
fn push_distinct(list: &mut Vec<String>, text: &str) {
    let t = text.trim();
    if !t.is_empty() && !list.iter().any(|x| x == t) {
        list.push(t.to_string());
    }
}

/// The per-asset rows of one item folded into one problem row.
fn fold(item: &str, group: &[RectRow], lookup: &Lookup<'_>, a: &Assessment) -> LedgerRow {
    let severity = group
        .iter()
        .map(|r| r.severity)
        .max()
        .unwrap_or(Severity::Advisory);
    let question = lookup.item(item).map_or(item, |i| i.question.as_str());
    let (mut labels, mut reasons, mut owners, mut notes) = (vec![], vec![], vec![], vec![]);
    for r in group {
        push_distinct(&mut labels, &r.asset_label);
        // RectRow writes 问题 as "question(reasons)": keep the question once.
        let reason = r.problem.strip_prefix(question).unwrap_or(&r.problem);
        let reason = reason.strip_prefix('(').and_then(|x| x.strip_suffix(')'));
        for part in reason.unwrap_or_default().split(';') {
            push_distinct(&mut reasons, part);
        }
        push_distinct(&mut owners, &r.owner);
        if let Some(answer) = lookup.answer(&r.item, &r.asset) {
            push_distinct(&mut notes, &answer.note);
        }
    }
    let deadline = group
        .iter()
        .map(|r| r.deadline.trim())
        .filter(|d| !d.is_empty())
        .min()
        .unwrap_or_default()
        .to_string();
    let status = group.iter().map(|r| r.status).min_by_key(|s| rank(*s));
    let status = status.unwrap_or_default();
    let first = group.first();
    LedgerRow {
        no: 0,
        item: item.into(),
        assets: group.iter().map(|r| r.asset.clone()).collect(),
        asset_label: labels.join("、"),
        severity,
        severity_label: severity.label(),
        problem: match reasons.is_empty() {
            true => question.to_string(),
            false => format!("{question}({})", reasons.join(";")),
        },
        basis: first.map(|r| r.basis.clone()).unwrap_or_default(),
        measure: first.map(|r| r.measure.clone()).unwrap_or_default(),
        owner: owners.join("、"),
        deadline,
        status,
        status_label: status.label(),
        note: notes.join(";"),
        history: a.ledger_history.get(item).cloned(),
    }
}

/// How far a status has come, for "the least advanced of the assets".
pub(crate) fn rank(s: RectStatus) -> u8 {
    match s {
        RectStatus::Open => 0,
        RectStatus::InProgress => 1,
        RectStatus::Done => 2,
        RectStatus::Closed => 3,
    }
}

/// The ledger of `eval`: [`rectification_rows`] grouped by item, red lines first, numbered.
pub(crate) fn ledger(
    pack: &Pack,
    assessment: &Assessment,
    lookup: &Lookup<'_>,
    eval: &Evaluation,
) -> Vec<LedgerRow> {
    let rows = rectification_rows(pack, assessment, eval);
    let mut items: Vec<&str> = Vec::new();
    for r in &rows {
        if !items.contains(&r.item.as_str()) {
            items.push(&r.item);
        }
    }
    let mut out: Vec<LedgerRow> = items
        .iter()
        .map(|item| {
            let group: Vec<RectRow> = rows.iter().filter(|r| r.item == *item).cloned().collect();
            fold(item, &group, lookup, assessment)
        })
        .collect();
    // Stable: pack order within each severity, as the per-asset rows were.
    out.sort_by_key(|r| std::cmp::Reverse(r.severity));
    for (i, r) in out.iter_mut().enumerate() {
        r.no = i + 1;
    }
    out
}
