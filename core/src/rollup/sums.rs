//! Sums over the rows in view, for [`super::building`]: the items most often red, the per-part
//! chart's counts, and the totals.

use super::intake::Intake;
use super::unit::UnitSummary;
use super::view::{Filter, TopItem, Totals, UnitRow};
use crate::engine::{Counts, Filing};
use crate::pack::Pack;
use crate::report::PartBar;

/// Items red in at least one unit: most units first, then most assets, then pack order.
pub(super) fn top_items(
    pack: &Pack,
    intake: &Intake,
    units: &[UnitRow],
    filter: &Filter,
) -> Vec<TopItem> {
    let mut top: Vec<TopItem> = Vec::new();
    let mut slot: Vec<Option<usize>> = vec![None; pack.items.len()];
    for (r, row) in units.iter().enumerate() {
        let Some(u) = intake.units().get(row.index) else {
            continue;
        };
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
    top
}

/// Per-part counts summed over the kept units, in pack order.
pub(super) fn part_bars(pack: &Pack, kept: &[&UnitSummary], filter: &Filter) -> Vec<PartBar> {
    let mut parts: Vec<PartBar> = (pack.parts.iter())
        .map(|p| PartBar {
            id: p.id.clone(),
            title: p.title.clone(),
            counts: Counts::default(),
        })
        .collect();
    for u in kept {
        for (bar, counts) in parts.iter_mut().zip(&u.parts) {
            if filter
                .part
                .is_none_or(|p| pack.parts.get(p).is_some_and(|p| p.id == bar.id))
            {
                add_counts(&mut bar.counts, counts);
            }
        }
    }
    parts
}

/// Totals over the rows in view.
pub(super) fn totals(intake: &Intake, units: &[UnitRow], stale: usize) -> Totals {
    let mut totals = Totals {
        units: units.len(),
        files_read: intake.read,
        rejected: intake.rejected.len(),
        duplicates: intake.duplicates.len(),
        stale,
        ..Totals::default()
    };
    for row in units {
        totals.units_with_red += usize::from(row.counts.red_line > 0);
        totals.units_complete += usize::from(row.counts.unanswered + row.counts.undetermined == 0);
        totals.apps += row.filing.len();
        totals.apps_ready += (row.filing.iter())
            .filter(|f| f.filing == Filing::Ready)
            .count();
        add_counts(&mut totals.counts, &row.counts);
    }
    totals
}

/// Adds `from` to `to`.
pub(super) fn add_counts(to: &mut Counts, from: &Counts) {
    to.compliant += from.compliant;
    to.advisory += from.advisory;
    to.red_line += from.red_line;
    to.not_applicable += from.not_applicable;
    to.unanswered += from.unanswered;
}
