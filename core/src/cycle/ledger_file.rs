//! The rows of an edited ledger file, whichever way the unit saved it: the XLSX the app
//! exported (re-saved by Excel, WPS or LibreOffice, with shared strings and date cells) or the
//! CSV (UTF-8, with or without BOM). Decided by the file's first bytes, not by its name.

use super::reimport::{csv_records, LedgerFileError, DEADLINE};
use crate::date::iso_from_days;
use crate::xlsx_read::{first_sheet, Cell};

/// Excel's serial day of 1970-01-01 (1900 date system, after its phantom 1900-02-29).
const SERIAL_EPOCH: f64 = 25_569.0;
/// Excel's serial day of 9999-12-31, its last date: larger numbers stay numbers.
const LAST_SERIAL: f64 = 2_958_465.0;

/// A cell as text: a date cell in the 时限 column back to `YYYY-MM-DD`, whole numbers without `.0`.
fn cell_text(cell: Cell, column: usize) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(t) => t,
        Cell::Number(n)
            if column == DEADLINE && n.fract() == 0.0 && (1.0..=LAST_SERIAL).contains(&n) =>
        {
            iso_from_days((n - SERIAL_EPOCH) as i64).unwrap_or_else(|| n.to_string())
        }
        Cell::Number(n) => n.to_string(),
    }
}

/// The records of a ledger file (`records[i]` is line or row `i + 1`).
pub fn ledger_records(bytes: &[u8]) -> Result<Vec<Vec<String>>, LedgerFileError> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        let rows = first_sheet(bytes)?;
        return Ok(rows
            .into_iter()
            .map(|r| {
                r.into_iter()
                    .enumerate()
                    .map(|(c, cell)| cell_text(cell, c))
                    .collect()
            })
            .collect());
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(LedgerFileError::OldWorkbook);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| LedgerFileError::NotUtf8)?;
    Ok(csv_records(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_cells_in_the_deadline_column_read_as_dates_and_numbers_stay_numbers() {
        assert_eq!(cell_text(Cell::Number(46_387.0), DEADLINE), "2026-12-31");
        assert_eq!(cell_text(Cell::Number(3.0), 0), "3");
        assert_eq!(cell_text(Cell::Number(2.5), DEADLINE), "2.5");
        assert_eq!(cell_text(Cell::Text("年底前".into()), DEADLINE), "年底前");
    }

    #[test]
    fn old_binary_workbooks_and_other_encodings_get_their_own_message() {
        let xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        assert_eq!(ledger_records(&xls), Err(LedgerFileError::OldWorkbook));
        // 整改 in GBK, as Excel's plain "CSV" saves it on a Chinese system.
        let gbk = [0xD5, 0xFB, 0xB8, 0xC4, b','];
        assert_eq!(ledger_records(&gbk), Err(LedgerFileError::NotUtf8));
        assert!(matches!(
            ledger_records(b"PK\x03\x04broken"),
            Err(LedgerFileError::Workbook(_))
        ));
    }
}
