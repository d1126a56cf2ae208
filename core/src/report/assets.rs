//! The per-asset table: every app, account and group of the inventory with the problems found
//! on it, so a unit sees at a glance which of its tools need work.

use rustc_hash::FxHashMap as HashMap;

use crate::engine::{AssetRef, Evaluation, Finding};
use crate::model::Inventory;
use crate::pack::{Scope, Severity};

/// A problem on one asset.
#[derive(Debug, Clone, PartialEq)]
pub struct AssetProblem {
    /// Item id.
    pub item: String,
    /// 红线 or 建议.
    pub severity: Severity,
    /// Its label.
    pub severity_label: &'static str,
}

/// One row of the asset table.
#[derive(Debug, Clone, PartialEq)]
pub struct AssetRow {
    /// Asset id.
    pub id: String,
    /// Display name (with the platform for accounts and groups).
    pub name: String,
    /// Kind label, e.g. `应用程序(小程序)`, `公众账号`, `工作群组(临时群)`.
    pub kind: String,
    /// Problems, red lines first, each group in questionnaire order.
    pub problems: Vec<AssetProblem>,
    /// Rows of this asset still unanswered.
    pub unanswered: usize,
    /// The problems as one line, e.g. `B4.1(红线)、B5.1(建议)`; `无问题` when there are none;
    /// `(尚有 N 项未作答)` appended while rows are open.
    pub summary: String,
}

/// One row per app, account and group, in inventory order.
pub(crate) fn asset_rows(inventory: &Inventory, eval: &Evaluation) -> Vec<AssetRow> {
    let mut by_asset: HashMap<(Scope, &str), Vec<&Finding>> = HashMap::default();
    for f in &eval.findings {
        by_asset
            .entry((f.target.scope, f.target.asset.as_str()))
            .or_default()
            .push(f);
    }
    let apps = inventory.apps.iter().map(|a| {
        let kind = format!("应用程序({})", a.form.label());
        (AssetRef::App(a), kind)
    });
    let accounts = inventory
        .accounts
        .iter()
        .map(|a| (AssetRef::Account(a), "公众账号".to_string()));
    let groups = inventory.groups.iter().map(|g| {
        let kind = format!("工作群组({})", g.kind.label());
        (AssetRef::Group(g), kind)
    });
    apps.chain(accounts)
        .chain(groups)
        .map(|(asset, kind)| {
            let rows = by_asset
                .get(&(asset.scope(), asset.id()))
                .map(Vec::as_slice)
                .unwrap_or_default();
            row(asset, kind, rows)
        })
        .collect()
}

/// The row of one asset from its findings.
fn row(asset: AssetRef<'_>, kind: String, rows: &[&Finding]) -> AssetRow {
    let mut problems: Vec<AssetProblem> = rows
        .iter()
        .filter_map(|f| {
            f.severity().map(|severity| AssetProblem {
                item: f.target.item.to_string(),
                severity,
                severity_label: severity.label(),
            })
        })
        .collect();
    // Stable: keeps questionnaire order within each severity.
    problems.sort_by_key(|p| std::cmp::Reverse(p.severity));
    let unanswered = rows.iter().filter(|f| f.status.is_open()).count();
    let mut summary = match problems.is_empty() {
        true => "无问题".to_string(),
        false => problems
            .iter()
            .map(|p| format!("{}({})", p.item, p.severity_label))
            .collect::<Vec<_>>()
            .join("、"),
    };
    if unanswered > 0 {
        summary.push_str(&format!("(尚有 {unanswered} 项未作答)"));
    }
    AssetRow {
        id: asset.id().to_string(),
        name: asset.label(),
        kind,
        problems,
        unanswered,
        summary,
    }
}
