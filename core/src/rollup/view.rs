//! The roll-up views' types: the filter, one row per unit, totals, the items most often red (with
//! the units, for drill-down), the per-part chart, same-kind apps and stale files. Pure data; the
//! page and the exports only render it; [`super::building`] computes it.

use super::same_kind::SameKindGroup;
use super::unit::UnitSummary;
use crate::engine::{Counts, Filing, Overall};
use crate::model::{UnitLevel, UnitType};
use crate::report::PartBar;

/// Files whose assessment date is more than this many days before today are listed as stale
/// unless the supervisor picks another threshold.
pub const DEFAULT_STALE_DAYS: i64 = 180;

/// Which units and rows the views count; `None` means any.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only units of this level.
    pub level: Option<UnitLevel>,
    /// Only units of this type.
    pub unit_type: Option<UnitType>,
    /// Only rows of this part (index in the pack's part list).
    pub part: Option<usize>,
    /// Only units with this item (index in the pack's item list) red.
    pub red_item: Option<u16>,
}

impl Filter {
    pub(super) fn keeps(&self, unit: &UnitSummary) -> bool {
        self.level.is_none_or(|l| l == unit.level)
            && self.unit_type.is_none_or(|t| t == unit.unit_type)
            && self
                .red_item
                .is_none_or(|item| unit.red_items.iter().any(|r| r.item == item))
    }
}

/// One app's filing readiness as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppFiling {
    /// App name (or 应用N when anonymised).
    pub app: String,
    /// Readiness.
    pub filing: Filing,
}

/// One row per unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitRow {
    /// Index of the unit in [`Intake::units`].
    pub index: usize,
    /// Name, or code when anonymised.
    pub unit: String,
    /// File name (empty when anonymised).
    pub file: String,
    /// Level.
    pub level: UnitLevel,
    /// Type.
    pub unit_type: UnitType,
    /// Assessment date.
    pub date: String,
    /// Pack version answered.
    pub pack_version: String,
    /// Counts of the rows in view (all rows, or the filtered part's).
    pub counts: Counts,
    /// Answered share of those rows, whole percent.
    pub completion: u8,
    /// Overall verdict of the whole self-check.
    pub overall: Overall,
    /// Filing readiness per app.
    pub filing: Vec<AppFiling>,
    /// Days from the assessment date to today; `None` when either is not a valid date.
    pub age_days: Option<i64>,
    /// Items the unit's overlay packs (地方标准) added: (item id, source, red on some row).
    pub overlay: Vec<(String, String, bool)>,
}

/// An item often red across units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopItem {
    /// Index in the pack's item list.
    pub item: u16,
    /// Item id, e.g. `B4.1`.
    pub id: String,
    /// The question.
    pub question: String,
    /// Units where it is red.
    pub units: usize,
    /// Assets (rows) where it is red, over those units.
    pub assets: u64,
    /// Those units, as indexes into [`RollUp::units`].
    pub unit_rows: Vec<usize>,
}

/// A same-kind group with names ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SameKindView {
    /// The group.
    pub group: SameKindGroup,
    /// Its members as (unit, app) names, in member order.
    pub members: Vec<(String, String)>,
}

/// Totals over the units in view.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// Units in view.
    pub units: usize,
    /// Units with at least one red line (in the rows in view).
    pub units_with_red: usize,
    /// Units with every row in view answered.
    pub units_complete: usize,
    /// Apps of those units.
    pub apps: usize,
    /// Apps ready to file (可提交备案).
    pub apps_ready: usize,
    /// Row counts summed.
    pub counts: Counts,
    /// Files and backup drafts read, whatever the filter.
    pub files_read: usize,
    /// Files or drafts not counted.
    pub rejected: usize,
    /// Duplicates resolved.
    pub duplicates: usize,
    /// Units in view whose file is older than the stale threshold.
    pub stale: usize,
}

/// Everything the 汇总 page and the exports show. `Eq`, so an `Rc<RollUp>` compares by address
/// first (the page's components are handed one and compare their props on every render).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RollUp {
    /// One row per unit in view: most red lines first, then by name.
    pub units: Vec<UnitRow>,
    /// Totals.
    pub totals: Totals,
    /// Items red in at least one unit: most units first, then most assets, then pack order.
    pub top_red: Vec<TopItem>,
    /// Per-part counts summed over the units in view, in pack order (the chart's input).
    pub parts: Vec<PartBar>,
    /// Same-kind app groups across the units in view.
    pub same_kind: Vec<SameKindView>,
    /// Rows of [`RollUp::units`] older than `stale_days`, oldest first.
    pub stale: Vec<usize>,
    /// The stale threshold used, in days.
    pub stale_days: i64,
    /// Today, `YYYY-MM-DD`, as given.
    pub today: String,
    /// Whether names are replaced by codes.
    pub anonymised: bool,
    /// Overlay items that only some of the units in view were asked.
    pub not_asked_everywhere: Vec<super::asked::NotAskedEverywhere>,
}
