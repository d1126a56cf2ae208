//! Building the roll-up views in steps, so the 汇总 page can give the browser a turn between
//! them (5,000 units' rows and apps at once would freeze it): [`Building::step`] does a bounded
//! share of the per-unit work, [`Building::finish`] the rest (sorting, totals, the items most
//! often red, the chart, stale files, same-kind groups). [`build`] runs every step at once, for
//! the command line and the exports; both give the same [`RollUp`].

use super::anon::Naming;
use super::intake::{unit_key, Intake};
use super::same_kind::{same_kind, AppFacts, SameKindGroup};
use super::sums::{part_bars, top_items, totals};
use super::unit::UnitSummary;
use super::view::{AppFiling, Filter, RollUp, SameKindView, UnitRow};
use crate::date::days_between;
use crate::pack::Pack;

/// Where a [`Building`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// Making the rows of the kept units, from this index into `kept`.
    Rows(usize),
    /// Collecting the apps of the sorted rows, from this row.
    Apps(usize),
    /// Grouping the apps collected into same-kind groups (one step).
    Groups,
    /// Ready for [`Building::finish`].
    Ready,
}

/// The roll-up views under construction. Holds indexes into the intake, not borrows, so the
/// page can keep the intake in a `RefCell` and borrow it only during a step; an intake changed
/// in between gives a wrong (never a failing) result, which the page discards.
#[derive(Debug, Clone)]
pub struct Building {
    filter: Filter,
    today: String,
    stale_days: i64,
    naming: Naming,
    kept: Vec<usize>,
    rows: Vec<UnitRow>,
    facts: Vec<AppFacts>,
    names: Vec<(String, String)>,
    groups: Vec<SameKindGroup>,
    stage: Stage,
}

impl Building {
    /// Starts the views of `intake`'s units under `filter`, ages counted to `today`.
    pub fn new(
        intake: &Intake,
        filter: Filter,
        today: &str,
        stale_days: i64,
        naming: Naming,
    ) -> Self {
        let kept = (intake.units().iter().enumerate())
            .filter(|(_, u)| filter.keeps(u))
            .map(|(i, _)| i)
            .collect();
        Building {
            filter,
            today: today.to_string(),
            stale_days,
            naming,
            kept,
            rows: Vec::new(),
            facts: Vec::new(),
            names: Vec::new(),
            groups: Vec::new(),
            stage: Stage::Rows(0),
        }
    }

    /// Does the work of up to `units` more units (or groups the apps: the one step not split by
    /// units); true once [`Building::finish`] is all that is left.
    pub fn step(&mut self, intake: &Intake, units: usize) -> bool {
        let units = units.max(1);
        match self.stage {
            Stage::Rows(from) => {
                let to = (from + units).min(self.kept.len());
                for &index in self.kept.get(from..to).unwrap_or_default() {
                    if let Some(u) = intake.units().get(index) {
                        let row = unit_row(index, u, &self.filter, &self.today, &self.naming);
                        self.rows.push(row);
                    }
                }
                self.stage = if to < self.kept.len() {
                    Stage::Rows(to)
                } else {
                    self.rows.sort_by(|a, b| {
                        (b.counts.red_line, &a.unit, a.index).cmp(&(
                            a.counts.red_line,
                            &b.unit,
                            b.index,
                        ))
                    });
                    Stage::Apps(0)
                };
            }
            Stage::Apps(from) => {
                let to = (from + units).min(self.rows.len());
                for r in from..to {
                    self.collect_apps(intake, r);
                }
                self.stage = match to < self.rows.len() {
                    true => Stage::Apps(to),
                    false => Stage::Groups,
                };
            }
            Stage::Groups => {
                self.groups = same_kind(&self.facts);
                self.stage = Stage::Ready;
            }
            Stage::Ready => {}
        }
        self.stage == Stage::Ready
    }

    /// Share of the per-unit work done, 0–100 (for a progress bar).
    pub fn percent_done(&self) -> u8 {
        let total = 3 * self.kept.len().max(1);
        let done = match self.stage {
            Stage::Rows(i) => i,
            Stage::Apps(i) => self.kept.len() + i,
            Stage::Groups => 2 * self.kept.len(),
            Stage::Ready => total,
        };
        u8::try_from(done * 100 / total).unwrap_or(100)
    }

    fn collect_apps(&mut self, intake: &Intake, r: usize) {
        let Some(row) = self.rows.get(r) else { return };
        let Some(u) = intake.units().get(row.index) else {
            return;
        };
        for (i, a) in u.apps.iter().enumerate() {
            self.facts.push(AppFacts {
                unit: r,
                app: a.id.to_string(),
                name: a.name.clone(),
                key: a.key.clone(),
                form: a.form,
                audience: a.audience,
                functions: a.functions.clone(),
            });
            self.names
                .push((row.unit.clone(), self.naming.app(&a.name, i)));
        }
    }

    /// The views: runs what steps are left, then everything computed over all rows at once.
    pub fn finish(mut self, pack: &Pack, intake: &Intake) -> RollUp {
        while !self.step(intake, usize::MAX) {}
        let units = self.rows;
        let kept: Vec<&UnitSummary> = (self.kept.iter())
            .filter_map(|&i| intake.units().get(i))
            .collect();
        let top_red = top_items(pack, intake, &units, &self.filter);
        let parts = part_bars(pack, &kept, &self.filter);
        let mut stale: Vec<usize> = (0..units.len())
            .filter(|&r| units[r].age_days.is_some_and(|d| d > self.stale_days))
            .collect();
        stale.sort_by_key(|&r| std::cmp::Reverse(units[r].age_days));
        let names = self.names;
        let same_kind = (self.groups.into_iter())
            .map(|group| SameKindView {
                members: (group.members.iter())
                    .filter_map(|&m| names.get(m).cloned())
                    .collect(),
                group,
            })
            .collect();
        let totals = totals(intake, &units, stale.len());
        RollUp {
            not_asked_everywhere: super::asked::not_asked_everywhere(kept.iter().copied()),
            units,
            totals,
            top_red,
            parts,
            same_kind,
            stale,
            stale_days: self.stale_days,
            today: self.today,
            anonymised: self.naming.is_anonymised(),
        }
    }
}

/// Builds the views of `intake`'s units under `filter`, ages counted to `today`, in one go.
pub fn build(
    pack: &Pack,
    intake: &Intake,
    filter: &Filter,
    today: &str,
    stale_days: i64,
    naming: &Naming,
) -> RollUp {
    Building::new(intake, *filter, today, stale_days, naming.clone()).finish(pack, intake)
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
        filing: (u.apps.iter().enumerate())
            .map(|(i, a)| AppFiling {
                app: naming.app(&a.name, i),
                filing: a.filing,
            })
            .collect(),
        age_days: days_between(&u.date, today),
        overlay: (u.overlay_items.iter())
            .map(|(id, source)| (id.clone(), source.clone(), u.overlay_red.contains(id)))
            .collect(),
    }
}
