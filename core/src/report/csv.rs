//! CSV export of the rectification ledger: UTF-8 with a byte-order mark (so Excel and WPS detect
//! the encoding), CRLF line ends and RFC 4180 quoting; every text cell neutralised.

use super::ledger::LEDGER_HEADERS;
use super::model::Report;

/// Makes a cell inert in spreadsheets: text starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return gets a leading apostrophe, so Excel and WPS show it instead of evaluating it as a
/// formula (CSV injection).
pub fn neutralize(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

/// One CSV field: quoted when it holds a comma, a quote, CR or LF, with quotes doubled.
fn field(out: &mut String, cell: &str) {
    if cell.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}

/// One record, CRLF-terminated.
fn record<S: AsRef<str>>(out: &mut String, cells: &[S]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        field(out, &neutralize(cell.as_ref()));
    }
    out.push_str("\r\n");
}

/// The ledger as CSV bytes: BOM, the [`LEDGER_HEADERS`] row, then one row per problem.
pub fn ledger_csv(report: &Report) -> Vec<u8> {
    let mut out = String::from('\u{feff}');
    record(&mut out, &LEDGER_HEADERS);
    for row in &report.ledger {
        record(&mut out, &row.cells());
    }
    out.into_bytes()
}
