//! The roll-up views, computed from the counted units under a filter: one row per unit, totals,
//! the items most often red (with the units, for drill-down), the per-part chart, same-kind
//! apps and stale files. Pure data; the page and the exports only render it.

use super::anon::Naming;
use super::intake::{unit_key, Intake};
use super::same_kind::{same_kind, AppFacts, SameKindGroup};
use super::unit::UnitSummary;
use crate::date::days_between;
use crate::engine::{Counts, Filing, Overall};
use crate::model::{UnitLevel, UnitType};
use crate::pack::Pack;
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
    fn keeps(&self, unit: &UnitSummary) -> bool {
        self.level.is_none_or(|l| l == unit.level)
            && self.unit_type.is_none_or(|t| t == unit.unit_type)
            && self
                .red_item
                .is_none_or(|item| unit.red_items.iter().any(|r| r.item == item))
    }
}

/// One app's filing readiness as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct AppFiling {
    /// App name (or 应用N when anonymised).
    pub app: String,
    /// Readiness.
    pub filing: Filing,
}

/// One row per unit.
#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, PartialEq)]
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

/// Everything the 汇总 page and the exports show.
#[derive(Debug, Clone, PartialEq)]
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

/// Builds the views of `intake`'s units under `filter`, ages counted to `today`.
pub fn build(
    pack: &Pack,
    intake: &Intake,
    filter: &Filter,
    today: &str,
    stale_days: i64,
    naming: &Naming,
) -> RollUp {
    let kept: Vec<(usize, &UnitSummary)> = intake
        .units()
        .iter()
        .enumerate()
        .filter(|(_, u)| filter.keeps(u))
        .collect();
    let mut units: Vec<UnitRow> = kept
        .iter()
        .map(|&(index, u)| unit_row(index, u, filter, today, naming))
        .collect();
    units.sort_by(|a, b| {
        (b.counts.red_line, &a.unit, a.index).cmp(&(a.counts.red_line, &b.unit, b.index))
    });
    let summary = |row: &UnitRow| intake.units().get(row.index);
    let mut top: Vec<TopItem> = Vec::new();
    let mut slot: Vec<Option<usize>> = vec![None; pack.items.len()];
    for (r, row) in units.iter().enumerate() {
        let Some(u) = summary(row) else { continue };
        for red in &u.red_items {
            if filter.part.is_some_and(|p| p != usize::from(red.part)) {
                continue;
            }
            let Some(s) = slot.get_mut(usize::from(red.item)) else {
                continue;
            };
            let i = *s.get_or_insert_with(|| {
                let item = pack.items.get(usize::from(red.item));
                top.push(TopItem {
                    item: red.item,
                    id: item.map(|i| i.id.clone()).unwrap_or_default(),
                    question: item.map(|i| i.question.clone()).unwrap_or_default(),
                    units: 0,
                    assets: 0,
                    unit_rows: Vec::new(),
                });
                top.len() - 1
            });
            if let Some(t) = top.get_mut(i) {
                t.units += 1;
                t.assets += u64::from(red.assets);
                t.unit_rows.push(r);
            }
        }
    }
    top.sort_by(|a, b| (b.units, b.assets, a.item).cmp(&(a.units, a.assets, b.item)));
    let mut parts: Vec<PartBar> = pack
        .parts
        .iter()
        .map(|p| PartBar {
            id: p.id.clone(),
            title: p.title.clone(),
            counts: Counts::default(),
        })
        .collect();
    for (_, u) in &kept {
        for (bar, counts) in parts.iter_mut().zip(&u.parts) {
            if filter
                .part
                .is_none_or(|p| pack.parts.get(p).is_some_and(|p| p.id == bar.id))
            {
                add_counts(&mut bar.counts, counts);
            }
        }
    }
    let mut stale: Vec<usize> = (0..units.len())
        .filter(|&r| units[r].age_days.is_some_and(|d| d > stale_days))
        .collect();
    stale.sort_by_key(|&r| std::cmp::Reverse(units[r].age_days));
    let same_kind = same_kind_views(&units, intake, naming);
    let mut totals = Totals {
        units: units.len(),
        files_read: intake.read,
        rejected: intake.rejected.len(),
        duplicates: intake.duplicates.len(),
        stale: stale.len(),
        ..Totals::default()
    };
    for row in &units {
        totals.units_with_red += usize::from(row.counts.red_line > 0);
        totals.units_complete += usize::from(row.counts.unanswered + row.counts.undetermined == 0);
        totals.apps += row.filing.len();
        totals.apps_ready += row
            .filing
            .iter()
            .filter(|f| f.filing == Filing::Ready)
            .count();
        add_counts(&mut totals.counts, &row.counts);
    }
    let not_asked_everywhere = super::asked::not_asked_everywhere(kept.iter().map(|(_, u)| *u));
    RollUp {
        not_asked_everywhere,
        units,
        totals,
        top_red: top,
        parts,
        same_kind,
        stale,
        stale_days,
        today: today.to_string(),
        anonymised: naming.is_anonymised(),
    }
}

fn add_counts(to: &mut Counts, from: &Counts) {
    to.compliant += from.compliant;
    to.advisory += from.advisory;
    to.red_line += from.red_line;
    to.not_applicable += from.not_applicable;
    to.unanswered += from.unanswered;
}

fn unit_row(
    index: usize,
    u: &UnitSummary,
    filter: &Filter,
    today: &str,
    naming: &Naming,
) -> UnitRow {
    let counts = match filter.part {
        Some(p) => u.parts.get(p).copied().unwrap_or_default(),
        None => u.counts,
    };
    UnitRow {
        index,
        unit: naming.unit(&u.name, &unit_key(u)),
        file: naming.file(&u.file),
        level: u.level,
        unit_type: u.unit_type,
        date: u.date.clone(),
        pack_version: u.pack_version.clone(),
        completion: counts.completion_percent(),
        counts,
        overall: u.overall,
        filing: u
            .apps
            .iter()
            .enumerate()
            .map(|(i, a)| AppFiling {
                app: naming.app(&a.name, i),
                filing: a.filing,
            })
            .collect(),
        age_days: days_between(&u.date, today),
        overlay: u
            .overlay_items
            .iter()
            .map(|(id, source)| (id.clone(), source.clone(), u.overlay_red.contains(id)))
            .collect(),
    }
}

fn same_kind_views(units: &[UnitRow], intake: &Intake, naming: &Naming) -> Vec<SameKindView> {
    let mut facts = Vec::new();
    let mut names = Vec::new();
    for (r, row) in units.iter().enumerate() {
        let Some(u) = intake.units().get(row.index) else {
            continue;
        };
        for (i, a) in u.apps.iter().enumerate() {
            facts.push(AppFacts::new(
                r,
                &u.name,
                &a.id,
                &a.name,
                a.form,
                a.audience,
                a.functions.clone(),
            ));
            names.push((row.unit.clone(), naming.app(&a.name, i)));
        }
    }
    same_kind(&facts)
        .into_iter()
        .map(|group| SameKindView {
            members: group
                .members
                .iter()
                .filter_map(|&m| names.get(m).cloned())
                .collect(),
            group,
        })
        .collect()
}
