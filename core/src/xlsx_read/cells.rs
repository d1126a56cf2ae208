//! The cells of a worksheet by row number: shared, inline and rich strings, numbers, booleans and
//! formula text results, with a bound on rows and columns.

use quick_xml::events::Event;

use super::xml::{attr, text_of, walk};
use super::XlsxError;

/// Rows and columns read; anything beyond is not a table this tool exported.
const MAX_ROWS: usize = 65_536;
const MAX_COLUMNS: usize = 64;

/// One cell as the office suite stored it.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Cell {
    /// No cell, or a cell without a value.
    #[default]
    Empty,
    /// A string (shared, inline or a formula's text result), a boolean as TRUE/FALSE, an error code.
    Text(String),
    /// A number; dates are numbers (days since 1899-12-30) that only the style shows as dates.
    Number(f64),
}

/// Column index from 0 of a cell reference such as `B12`.
fn column_of(reference: &str) -> Option<usize> {
    let letters: Vec<u8> = reference
        .bytes()
        .take_while(u8::is_ascii_alphabetic)
        .collect();
    (!letters.is_empty() && letters.len() <= 3).then(|| {
        letters.iter().fold(0, |n, b| {
            n * 26 + usize::from(b.to_ascii_uppercase() - b'A' + 1)
        }) - 1
    })
}

/// Row number from 1 of a cell reference such as `B12`.
fn row_of(reference: &str) -> Option<usize> {
    reference
        .trim_start_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .ok()
}

/// A cell being read.
#[derive(Default)]
struct Open {
    row: usize,
    column: usize,
    kind: String,
    value: String,
    in_value: bool,
}

impl Open {
    fn finish(self, shared: &[String]) -> Cell {
        let v = self.value;
        match self.kind.as_str() {
            "s" => v
                .trim()
                .parse::<usize>()
                .ok()
                .and_then(|i| shared.get(i))
                .map_or(Cell::Empty, |s| Cell::Text(s.clone())),
            "b" => Cell::Text(if v.trim() == "1" { "TRUE" } else { "FALSE" }.into()),
            "inlineStr" | "str" | "e" | "d" => Cell::Text(v),
            _ if v.trim().is_empty() => Cell::Empty,
            _ => v.trim().parse().map_or(Cell::Text(v), Cell::Number),
        }
    }
}

/// The cells of worksheet `xml`, by row number (see [`super::first_sheet`]).
pub(super) fn cells(xml: &str, shared: &[String]) -> Result<Vec<Vec<Cell>>, XlsxError> {
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let (mut row, mut column, mut open, mut too_large) = (0usize, 0usize, None::<Open>, false);
    let mut put = |rows: &mut Vec<Vec<Cell>>, c: Open| {
        if c.row == 0 || c.row > MAX_ROWS || c.column >= MAX_COLUMNS {
            too_large |= c.row > MAX_ROWS;
            return;
        }
        let (r, col) = (c.row, c.column);
        let cell = c.finish(shared);
        if rows.len() < r {
            rows.resize_with(r, Vec::new);
        }
        let line = &mut rows[r - 1];
        if line.len() <= col {
            line.resize_with(col + 1, Cell::default);
        }
        line[col] = cell;
    };
    walk(xml, |e| match e {
        Event::Start(s) | Event::Empty(s) if s.local_name().as_ref() == "row" => {
            row = attr(&s, "r")
                .and_then(|r| r.parse().ok())
                .unwrap_or(row + 1);
            column = 0;
        }
        Event::Start(ref s) | Event::Empty(ref s) if s.local_name().as_ref() == "c" => {
            let r = attr(s, "r");
            let c = Open {
                row: r.as_deref().and_then(row_of).unwrap_or(row),
                column: r.as_deref().and_then(column_of).unwrap_or(column),
                kind: attr(s, "t").unwrap_or_default(),
                ..Open::default()
            };
            column = c.column + 1;
            match e {
                Event::Empty(_) => put(&mut rows, c),
                _ => open = Some(c),
            }
        }
        Event::Start(s) if matches!(s.local_name().as_ref(), "v" | "t") => {
            if let Some(c) = open.as_mut() {
                c.in_value = true;
            }
        }
        Event::Start(s) if s.local_name().as_ref() == "rPh" => {
            if let Some(c) = open.as_mut() {
                c.in_value = false;
            }
        }
        Event::End(s) => match s.local_name().as_ref() {
            "c" => {
                if let Some(c) = open.take() {
                    put(&mut rows, c);
                }
            }
            "v" | "t" => {
                if let Some(c) = open.as_mut() {
                    c.in_value = false;
                }
            }
            _ => {}
        },
        e => {
            if let (Some(c), Some(text)) = (open.as_mut().filter(|c| c.in_value), text_of(&e)) {
                c.value.push_str(&text);
            }
        }
    })?;
    if too_large {
        return Err(XlsxError::TooLarge);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::xlsx_read::parts::shared_strings;

    #[test]
    fn references_give_row_and_column() {
        assert_eq!((column_of("A1"), row_of("A1")), (Some(0), Some(1)));
        assert_eq!((column_of("J12"), row_of("J12")), (Some(9), Some(12)));
        assert_eq!(column_of("AA3"), Some(26));
        assert_eq!(column_of("12"), None);
    }

    #[test]
    fn shared_inline_rich_and_numeric_cells_read_with_entities() {
        let shared = shared_strings(
            r#"<sst><si><t>孙&amp;科长</t></si><si><r><t>整改</t></r><r><t xml:space="preserve">中 </t></r><rPh><t>ZG</t></rPh></si></sst>"#,
        )
        .unwrap();
        assert_eq!(shared, ["孙&科长", "整改中 "]);
        let rows = cells(
            r#"<worksheet><sheetData><row r="2"><c r="A2"><v>3</v></c><c r="C2" t="s"><v>1</v></c>
            <c r="D2" t="inlineStr"><is><t>a&#60;b</t></is></c><c r="E2" t="b"><v>1</v></c><c r="F2" s="1"/></row>
            </sheetData></worksheet>"#,
            &shared,
        )
        .unwrap();
        assert_eq!(rows.len(), 2);
        assert!(rows[0].is_empty());
        assert_eq!(
            rows[1],
            [
                Cell::Number(3.0),
                Cell::Empty,
                Cell::Text("整改中 ".into()),
                Cell::Text("a<b".into()),
                Cell::Text("TRUE".into()),
                Cell::Empty
            ]
        );
    }

    #[test]
    fn a_row_far_beyond_any_export_is_refused() {
        let xml = r#"<worksheet><sheetData><row r="900000"><c r="A900000"><v>1</v></c></row></sheetData></worksheet>"#;
        assert_eq!(cells(xml, &[]), Err(XlsxError::TooLarge));
    }
}
