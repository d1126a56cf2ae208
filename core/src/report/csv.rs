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

/// One CSV field: the control characters XML (and so the XLSX) cannot hold dropped — C0 other
/// than tab, LF and CR, and U+FFFE/U+FFFF — then quoted when it holds a comma, a semicolon (the
/// separator in locales with a decimal comma), a quote, CR or LF, with quotes doubled.
fn field(out: &mut String, cell: &str) {
    let kept = |c: &char| !matches!(c, '\0'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}');
    let cell: String = cell.chars().filter(kept).collect();
    if cell.contains([',', ';', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(&cell);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn one(cell: &str) -> String {
        let mut out = String::new();
        field(&mut out, cell);
        out
    }

    #[test]
    fn a_semicolon_is_quoted_so_semicolon_locales_keep_the_row_whole() {
        assert_eq!(one("整改;复查"), "\"整改;复查\"");
        assert_eq!(one("a,b"), "\"a,b\"");
        assert_eq!(one("plain"), "plain");
    }

    #[test]
    fn control_characters_are_dropped_as_in_the_xlsx_but_tab_and_line_ends_kept() {
        assert_eq!(one("a\u{0}b\u{7}c\u{1b}d"), "abcd");
        assert_eq!(one("a\tb"), "a\tb");
        assert_eq!(one("a\nb"), "\"a\nb\"");
    }
}
