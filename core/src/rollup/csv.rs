//! The roll-up's units table as CSV: UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting,
//! every text cell neutralised — like the ledger CSV. An anonymised file starts with one row
//! saying what was removed, then a blank row, then the header.

use super::anon::{REMOVED, REMOVED_TITLE};
use super::tables::{units_table, Cell};
use super::view::RollUp;
use crate::report::neutralize;

fn field(out: &mut String, cell: &str) {
    let cell = neutralize(cell);
    if cell.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(&cell);
    }
}

fn record<'a>(out: &mut String, cells: impl Iterator<Item = std::borrow::Cow<'a, str>>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        field(out, &cell);
    }
    out.push_str("\r\n");
}

/// The CSV bytes of the units table of `rollup`.
pub fn rollup_csv(rollup: &RollUp) -> Vec<u8> {
    let table = units_table(rollup);
    let mut out = String::from('\u{feff}');
    if rollup.anonymised {
        let notice = format!("{REMOVED_TITLE}:{}", REMOVED.join(";"));
        record(&mut out, std::iter::once(notice.into()));
        out.push_str("\r\n");
    }
    record(&mut out, table.headers.iter().map(|h| (*h).into()));
    for row in &table.rows {
        record(
            &mut out,
            row.iter().map(|c| match c {
                Cell::Text(t) => t.as_str().into(),
                Cell::Number(n) => n.to_string().into(),
            }),
        );
    }
    out.into_bytes()
}
