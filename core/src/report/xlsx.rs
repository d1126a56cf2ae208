//! XLSX export of the rectification ledger (sheet 整改台账), written by hand as a minimal
//! SpreadsheetML package in a stored ZIP: title rows, a bold shaded header, 宋体, fixed column
//! widths, wrapped text with row heights that fit, 序号 as a number, 时限 as a date cell, a list
//! for 状态, every other cell written as an inline string, which a spreadsheet never evaluates
//! (so it needs no CSV formula guard, which would show as an apostrophe).
//! Set up to print on A4 landscape, one page wide, header row on every page. rust_xlsxwriter
//! (which builds for wasm32) would add about 338 KB gzip to the app (measured); this writer a
//! few KB.

mod sheet;
pub(crate) mod zip;

use std::fmt::Write as _;

use self::sheet::sheet_xml;
use self::zip::Zip;
use super::error::ReportError;
use super::model::Report;

/// The sheet name.
pub const LEDGER_SHEET: &str = "整改台账";

/// Excel's cell limit is 32,767 characters; longer text is cut to stay under it.
const MAX_CELL_CHARS: usize = 32_000;

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"#;

const APP: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>指尖自查</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop></Properties>"#;

const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;

/// Fonts: 0 宋体 11, 1 宋体 11 bold, 2 黑体 16 (title), 3 宋体 10 (subtitle). Fills: 0 and 1
/// are Excel's reserves, 2 the header shade. Borders: 0 none, 1 thin. Number format 164 is
/// yyyy-mm-dd. Cell styles, as in `sheet`: 0 default, 1 title, 2 subtitle, 3 header, 4 body
/// (top, wrapped), 5 date, 6 centred body.
const STYLES: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    "\n",
    r#"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#,
    r#"<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>"#,
    r#"<fonts count="4"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>"#,
    r#"<font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>"#,
    r#"<font><sz val="16"/><name val="黑体"/><family val="3"/><charset val="134"/></font>"#,
    r#"<font><sz val="10"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>"#,
    r#"<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#,
    r#"<fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill></fills>"#,
    r#"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#,
    r#"<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>"#,
    r#"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7">"#,
    r#"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#,
    r#"<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>"#,
    r#"<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="left" vertical="center"/></xf>"#,
    r#"<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>"#,
    r#"<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>"#,
    r#"<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>"#,
    r#"<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top" wrapText="1"/></xf>"#,
    r#"</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#,
);

/// Appends `text` escaped for XML content or a double-quoted attribute. Characters XML 1.0
/// forbids (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF) are dropped; CR is written
/// as a character reference so parsers do not fold CRLF into LF; an underscore that would start
/// an Excel `_xHHHH_` escape is itself escaped, so such text reads back literally.
pub(crate) fn push_escaped(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    for (i, ch) in text.char_indices() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(ch),
            '\0'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => {}
            '_' if is_excel_escape(&bytes[i..]) => out.push_str("_x005F_"),
            _ => out.push(ch),
        }
    }
}

/// Whether `rest` starts with `_xHHHH_`, which Excel reads as the character U+HHHH.
fn is_excel_escape(rest: &[u8]) -> bool {
    matches!(rest, [b'_', b'x' | b'X', a, b, c, d, b'_', ..]
        if [a, b, c, d].iter().all(|h| h.is_ascii_hexdigit()))
}

/// A text cell as written (an inline string, never a formula), cut to Excel's length limit.
pub(crate) fn text_cell(cell: &str) -> String {
    match cell.char_indices().nth(MAX_CELL_CHARS) {
        Some((cut, _)) => format!("{}…", &cell[..cut]),
        None => cell.to_string(),
    }
}

/// The workbook: one sheet, its header row repeated on every printed page.
fn workbook_xml() -> String {
    let mut out = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#,
        r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#,
        r#"<bookViews><workbookView/></bookViews><sheets><sheet name=""#,
    ));
    push_escaped(&mut out, LEDGER_SHEET);
    out.push_str(concat!(
        r#"" sheetId="1" r:id="rId1"/></sheets><definedNames>"#,
        r#"<definedName name="_xlnm.Print_Titles" localSheetId="0">'"#,
    ));
    push_escaped(&mut out, &LEDGER_SHEET.replace('\'', "''"));
    out.push_str("'!$3:$3</definedName></definedNames></workbook>");
    out
}

/// Document properties: title, subject and, when the assessment date is valid, its creation
/// and modification times.
fn core_xml(report: &Report, date: Option<(u16, u16, u16)>) -> String {
    let mut out = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
        r#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#,
        r#"xmlns:dcmitype="http://purl.org/dc/dcmitype/" "#,
        r#"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>"#,
    ));
    push_escaped(&mut out, &report.cover.unit);
    push_escaped(&mut out, LEDGER_SHEET);
    out.push_str("</dc:title><dc:subject>");
    push_escaped(&mut out, report.cover.title);
    out.push_str("</dc:subject>");
    if let Some((y, m, d)) = date {
        for tag in ["created", "modified"] {
            let _ = write!(
                out,
                r#"<dcterms:{tag} xsi:type="dcterms:W3CDTF">{y:04}-{m:02}-{d:02}T00:00:00Z</dcterms:{tag}>"#
            );
        }
    }
    out.push_str("</cp:coreProperties>");
    out
}

/// Year, month and day of a valid `YYYY-MM-DD` date that a ZIP timestamp can hold
/// (1980..=2107).
pub(crate) fn parse_date(date: &str) -> Option<(u16, u16, u16)> {
    let b = date.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u16> {
        let part = b.get(r)?;
        part.iter()
            .all(u8::is_ascii_digit)
            .then(|| part.iter().fold(0u16, |n, d| n * 10 + u16::from(d - b'0')))
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    ((1980..=2107).contains(&y) && (1..=days).contains(&d)).then_some((y, m, d))
}

/// The ledger as an XLSX workbook. Every timestamp in the file is the assessment date when it
/// is a valid date (else 1980-01-01), so exporting the same report twice gives the same bytes.
pub fn ledger_xlsx(report: &Report) -> Result<Vec<u8>, ReportError> {
    let date = parse_date(&report.cover.date);
    let (y, m, d) = date.unwrap_or((1980, 1, 1));
    let mut zip = Zip::new(y, m, d);
    zip.add("[Content_Types].xml", CONTENT_TYPES.as_bytes())?;
    zip.add("_rels/.rels", ROOT_RELS.as_bytes())?;
    zip.add("docProps/app.xml", APP.as_bytes())?;
    zip.add("docProps/core.xml", core_xml(report, date).as_bytes())?;
    zip.add("xl/workbook.xml", workbook_xml().as_bytes())?;
    zip.add("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes())?;
    zip.add("xl/styles.xml", STYLES.as_bytes())?;
    zip.add("xl/worksheets/sheet1.xml", sheet_xml(report).as_bytes())?;
    zip.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(text: &str) -> String {
        let mut out = String::new();
        push_escaped(&mut out, text);
        out
    }

    #[test]
    fn xml_specials_are_escaped_and_forbidden_controls_dropped() {
        assert_eq!(escaped("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&apos;f");
        assert_eq!(escaped("x\u{1}\u{8}\u{b}\u{c}\u{1f}\u{ffff}y"), "xy");
        assert_eq!(escaped("1\t2\n3\r\n4"), "1\t2\n3&#13;\n4");
        assert_eq!(escaped("😀中"), "😀中");
    }

    #[test]
    fn excel_escape_lookalikes_are_escaped() {
        assert_eq!(escaped("_x0041_"), "_x005F_x0041_");
        assert_eq!(escaped("a_X00e9_b"), "a_x005F_X00e9_b");
        assert_eq!(
            escaped("_x004_ _xyz_ snake_case _"),
            "_x004_ _xyz_ snake_case _"
        );
    }

    #[test]
    fn dates_are_parsed_strictly() {
        assert_eq!(parse_date("2026-11-01"), Some((2026, 11, 1)));
        assert_eq!(parse_date("2024-02-29"), Some((2024, 2, 29)));
        for bad in [
            "2023-02-29",
            "2026-13-01",
            "2026-04-31",
            "1979-12-31",
            "2026-1-01",
            "",
            "2026-11-0x",
            "+026-11-01",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
