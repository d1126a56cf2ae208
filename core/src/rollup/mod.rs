//! The supervisor roll-up (汇总): many units' self-check files read through the same import
//! checks as 打开文件, duplicates resolved (newest kept, the choice recorded), and the views a
//! supervisor needs — one row per unit, totals, the items most often red, the per-part chart,
//! same-kind apps across units, stale files — with XLSX, CSV and JSON Lines exports, plain or
//! anonymised. Shared by the 汇总 page and the `fingertip` command-line tool, so both apply
//! the same rules.

mod anon;
mod asked;
mod building;
mod csv;
mod intake;
mod jsonl;
mod list_tables;
mod normalise;
mod overlay_table;
mod read;
mod same_kind;
mod sums;
mod tables;
mod unit;
mod view;
mod xlsx;

pub use anon::{Naming, REMOVED, REMOVED_TITLE};
pub use asked::{not_asked_everywhere, NotAskedEverywhere};
pub use building::{build, Building};
pub use csv::rollup_csv;
pub use intake::{unit_key, Duplicate, DuplicateKind, Intake};
pub use jsonl::{meta_line, unit_lines, MetaCounts, JSONL_SCHEMA};
pub use normalise::{bigrams, dice_percent, normalise, normalise_app_name, similarity_percent};
pub use read::{preview_for_import, read_evaluated, read_file, source_file, Read, Rejected};
pub use same_kind::{same_kind, AppFacts, SameKindGroup, SameKindReason, SIMILAR_NAME_PERCENT};
pub use tables::{tables, units_table, Cell, Table};
pub use unit::{AppSummary, RedItem, UnitSummary};
pub use view::{
    AppFiling, Filter, RollUp, SameKindView, TopItem, Totals, UnitRow, DEFAULT_STALE_DAYS,
};
pub use xlsx::workbook;

use crate::report::ReportError;

/// The roll-up workbook: every view as a sheet (an anonymised one starts with what was removed).
pub fn rollup_xlsx(
    rollup: &RollUp,
    intake: &Intake,
    naming: &Naming,
) -> Result<Vec<u8>, ReportError> {
    workbook(tables(rollup, intake, naming), &rollup.today)
}
