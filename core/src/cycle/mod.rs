//! The rectification cycle (整改闭环): the next self-check started from the last one, a plain
//! comparison of any two self-checks of one unit, the ledger's history across checks and the
//! re-import of an edited ledger. Rules only; the views render what these return.

mod compare;
mod defaults;
mod export;
mod history;
mod ledger_file;
mod matching;
mod next;
mod pair;
mod provisional;
mod reimport;
mod words;

pub use compare::{
    compare, ChangeCounts, ChangeKind, ChangeRow, CheckHead, Comparison, PartChanges,
};
pub use defaults::suggest_defaults;
pub use export::{asset_words, changes_xlsx};
pub use history::{close_row, edit_row, gone_rows, history_words, GoneRow};
pub use ledger_file::ledger_records;
pub use matching::{match_assets, AssetMatch};
pub use next::{next_check, Carry, NextCheck};
pub use pair::{open_for_compare, order_pair, CompareFileError, PairNote};
pub use provisional::{confirm, confirm_items, provisional_count, settle};
pub use reimport::{
    csv_records, preview as preview_ledger_import, CellChange, FieldError, LedgerFileError,
    LedgerImport,
};
pub use words::{answer_words, Side};

use crate::edit::LedgerField;
use crate::model::{Assessment, AssetId, ItemId};

/// A cycle change as data, applied by [`apply`] (and by `edit::apply` through `Edit::Cycle`).
#[derive(Debug, Clone, PartialEq)]
pub enum CycleEdit {
    /// One cell of the ledger row of `item`.
    LedgerCell {
        /// Item id (the row).
        item: ItemId,
        /// The assets the row lists.
        assets: Vec<AssetId>,
        /// The cell and its new value.
        field: LedgerField,
        /// The item's remedy (a measure equal to it follows the pack).
        remedy: String,
        /// Today, `YYYY-MM-DD`, for the history.
        date: String,
    },
    /// 销号 of the row of `item`.
    Close {
        /// Item id.
        item: String,
        /// Today.
        date: String,
    },
    /// Confirms provisional answers of `item` (for `asset`, or every asset).
    Confirm {
        /// Item id.
        item: String,
        /// One asset, or all.
        asset: Option<String>,
    },
    /// Confirms every provisional answer of these items.
    ConfirmItems(Vec<String>),
    /// Several edits at once (a confirmed ledger re-import).
    Batch(Vec<CycleEdit>),
}

/// Applies `edit` to `a`; returns whether it changed.
pub fn apply(a: &mut Assessment, edit: CycleEdit) -> bool {
    match edit {
        CycleEdit::LedgerCell {
            item,
            assets,
            field,
            remedy,
            date,
        } => edit_row(a, &item, &assets, field, &remedy, &date),
        CycleEdit::Close { item, date } => close_row(a, &item, &date),
        CycleEdit::Confirm { item, asset } => confirm(a, &item, asset.as_deref()),
        CycleEdit::ConfirmItems(items) => confirm_items(a, &items),
        CycleEdit::Batch(edits) => {
            // Every edit applies; none may be skipped because an earlier one changed something.
            let mut changed = false;
            for e in edits {
                changed |= apply(a, e);
            }
            changed
        }
    }
}
