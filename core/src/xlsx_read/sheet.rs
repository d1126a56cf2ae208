//! The XML parts of a workbook: which part is the first worksheet, the shared strings, and the
//! cells of a worksheet. Parsed with `quick-xml`, by local names, so prefixed (strict) parts read too.

use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::Reader;

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

fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .map(|a| a.value.into_owned())
}

/// `&amp;` and the other predefined entities, and character references.
fn reference(r: &BytesRef<'_>) -> Option<char> {
    match r.resolve_char_ref() {
        Ok(Some(c)) => Some(c),
        _ => match r.as_ref() {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => None,
        },
    }
}

/// Every event of `xml`, handed to `each` with the element path depth kept by the caller.
fn walk(xml: &str, mut each: impl FnMut(Event<'_>)) -> Result<(), XlsxError> {
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => return Ok(()),
            Ok(e) => each(e),
            Err(_) => return Err(XlsxError::Damaged),
        }
    }
}

/// The part name of the first worksheet, from the workbook and its relationships.
pub(super) fn first_sheet_path(workbook: &str, rels: &str) -> Result<String, XlsxError> {
    let mut id = None;
    walk(workbook, |e| {
        if let Event::Start(s) | Event::Empty(s) = e {
            if id.is_none() && s.local_name().as_ref() == "sheet" {
                id = attr(&s, "id");
            }
        }
    })?;
    let mut target = None;
    walk(rels, |e| {
        if let Event::Start(s) | Event::Empty(s) = e {
            if s.local_name().as_ref() == "Relationship" && attr(&s, "Id") == id {
                target = attr(&s, "Target");
            }
        }
    })?;
    Ok(match target {
        Some(t) if t.starts_with('/') => t.trim_start_matches('/').to_string(),
        Some(t) => format!("xl/{}", t.trim_start_matches("./")),
        None => "xl/worksheets/sheet1.xml".to_string(),
    })
}

/// Text of `<t>` elements, skipping phonetic runs (`<rPh>`), collected per `parent` element.
fn texts_in(xml: &str, parent: &str) -> Result<Vec<String>, XlsxError> {
    let (mut out, mut current, mut in_t, mut in_phonetic) =
        (Vec::new(), None::<String>, false, false);
    walk(xml, |e| match e {
        Event::Start(s) => match s.local_name().as_ref() {
            n if n == parent => current = Some(String::new()),
            "t" => in_t = true,
            "rPh" => in_phonetic = true,
            _ => {}
        },
        Event::Empty(s) if s.local_name().as_ref() == parent => out.push(String::new()),
        Event::End(s) => match s.local_name().as_ref() {
            n if n == parent => out.extend(current.take()),
            "t" => in_t = false,
            "rPh" => in_phonetic = false,
            _ => {}
        },
        Event::Text(t) if in_t && !in_phonetic => {
            if let Some(c) = current.as_mut() {
                c.push_str(&t.xml10_content());
            }
        }
        Event::CData(t) if in_t && !in_phonetic => {
            if let Some(c) = current.as_mut() {
                c.push_str(&t.xml10_content());
            }
        }
        Event::GeneralRef(r) if in_t && !in_phonetic => {
            if let (Some(c), Some(ch)) = (current.as_mut(), reference(&r)) {
                c.push(ch);
            }
        }
        _ => {}
    })?;
    Ok(out)
}

/// The shared-string table.
pub(super) fn shared_strings(xml: &str) -> Result<Vec<String>, XlsxError> {
    texts_in(xml, "si")
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
        Event::Text(t) => {
            if let Some(c) = open.as_mut().filter(|c| c.in_value) {
                c.value.push_str(&t.xml10_content());
            }
        }
        Event::CData(t) => {
            if let Some(c) = open.as_mut().filter(|c| c.in_value) {
                c.value.push_str(&t.xml10_content());
            }
        }
        Event::GeneralRef(r) => {
            if let (Some(c), Some(ch)) = (open.as_mut().filter(|c| c.in_value), reference(&r)) {
                c.value.push(ch);
            }
        }
        _ => {}
    })?;
    if too_large {
        return Err(XlsxError::TooLarge);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn the_first_sheet_is_found_through_the_relationships() {
        let wb = r#"<workbook xmlns:r="rel"><sheets><sheet name="整改台账" sheetId="1" r:id="rId7"/><sheet name="b" sheetId="2" r:id="rId8"/></sheets></workbook>"#;
        let rels = r#"<Relationships><Relationship Id="rId8" Target="worksheets/b.xml"/><Relationship Id="rId7" Target="/xl/worksheets/a.xml"/></Relationships>"#;
        assert_eq!(first_sheet_path(wb, rels).unwrap(), "xl/worksheets/a.xml");
        assert_eq!(
            first_sheet_path(wb, "").unwrap(),
            "xl/worksheets/sheet1.xml"
        );
    }

    #[test]
    fn a_row_far_beyond_any_export_is_refused() {
        let xml = r#"<worksheet><sheetData><row r="900000"><c r="A900000"><v>1</v></c></row></sheetData></worksheet>"#;
        assert_eq!(cells(xml, &[]), Err(XlsxError::TooLarge));
    }
}
