//! The roll-up as an XLSX workbook, one sheet per view, on the same hand-written SpreadsheetML
//! and stored-ZIP writer as the ledger export: bold header row, frozen, every text cell
//! written as an inline string (never evaluated, so without the CSV guard), counts as numbers.

use std::fmt::Write as _;

use super::tables::{Cell, Table};
use crate::report::xlsx::zip::Zip;
use crate::report::xlsx::{push_escaped, text_cell};
use crate::report::ReportError;

const HEADER_STYLE: u8 = 1;
const BODY_STYLE: u8 = 2;

/// Column letters of 0-based column `i` (A, B, …, Z, AA, …).
fn column(mut i: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(char::from(b'A' + (i % 26) as u8));
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    out.iter().rev().collect()
}

fn push_cell(out: &mut String, col: usize, row: usize, style: u8, cell: &Cell) {
    let at = format!("{}{row}", column(col));
    match cell {
        Cell::Number(v) => {
            let _ = write!(out, r#"<c r="{at}" s="{style}"><v>{v}</v></c>"#);
        }
        Cell::Text(t) if t.is_empty() => {
            let _ = write!(out, r#"<c r="{at}" s="{style}"/>"#);
        }
        Cell::Text(t) => {
            let _ = write!(
                out,
                r#"<c r="{at}" s="{style}" t="inlineStr"><is><t xml:space="preserve">"#
            );
            push_escaped(out, &text_cell(t));
            out.push_str("</t></is></c>");
        }
    }
}

fn sheet_xml(table: &Table) -> String {
    let mut out = String::with_capacity(1024 + table.rows.len() * 256);
    out.push_str(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#,
        r#"<sheetViews><sheetView workbookViewId="0">"#,
        r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#,
        r#"</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>"#,
    ));
    for (i, header) in table.headers.iter().enumerate() {
        let width = (header.chars().count() * 2 + 4).clamp(10, 60);
        let _ = write!(
            out,
            r#"<col min="{n}" max="{n}" width="{width}" customWidth="1"/>"#,
            n = i + 1
        );
    }
    out.push_str(r#"</cols><sheetData><row r="1">"#);
    for (col, title) in table.headers.iter().enumerate() {
        push_cell(
            &mut out,
            col,
            1,
            HEADER_STYLE,
            &Cell::Text((*title).to_string()),
        );
    }
    out.push_str("</row>");
    for (i, row) in table.rows.iter().enumerate() {
        let r = i + 2;
        let _ = write!(out, r#"<row r="{r}">"#);
        for (col, cell) in row.iter().enumerate() {
            push_cell(&mut out, col, r, BODY_STYLE, cell);
        }
        out.push_str("</row>");
    }
    out.push_str(r#"</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToHeight="0"/></worksheet>"#);
    out
}

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;

/// Year, month, day of `YYYY-MM-DD` when a ZIP timestamp can hold it, else 1980-01-01.
fn zip_date(date: &str) -> (u16, u16, u16) {
    let mut parts = date.splitn(3, '-').map(|p| p.parse::<u16>().ok());
    match (
        parts.next().flatten(),
        parts.next().flatten(),
        parts.next().flatten(),
    ) {
        (Some(y), Some(m), Some(d))
            if crate::date::days_from_iso(date).is_some() && (1980..=2107).contains(&y) =>
        {
            (y, m, d)
        }
        _ => (1980, 1, 1),
    }
}

/// The workbook of `tables`, every timestamp set to `date` (the roll-up day), so the same
/// roll-up gives the same bytes. Each table is written as it comes and then dropped, so only
/// one sheet's cells are in memory besides the workbook itself.
pub fn workbook(
    tables: impl IntoIterator<Item = Table>,
    date: &str,
) -> Result<Vec<u8>, ReportError> {
    let (y, m, d) = zip_date(date);
    let mut zip = Zip::new(y, m, d);
    let mut names = Vec::new();
    for (i, table) in tables.into_iter().enumerate() {
        zip.add(
            &format!("xl/worksheets/sheet{}.xml", i + 1),
            sheet_xml(&table).as_bytes(),
        )?;
        names.push(table.name);
    }
    let mut types = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
        r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
        r#"<Default Extension="xml" ContentType="application/xml"/>"#,
        r#"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#,
        r#"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#,
    ));
    let mut book = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#,
        r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#,
        r#"<bookViews><workbookView/></bookViews><sheets>"#,
    ));
    let mut rels = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    ));
    for (i, name) in names.iter().enumerate() {
        let n = i + 1;
        let _ = write!(
            types,
            r#"<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        );
        book.push_str(r#"<sheet name=""#);
        push_escaped(&mut book, name);
        let _ = write!(book, r#"" sheetId="{n}" r:id="rId{n}"/>"#);
        let _ = write!(
            rels,
            r#"<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#
        );
    }
    types.push_str("</Types>");
    book.push_str("</sheets></workbook>");
    let styles_id = names.len() + 1;
    let _ = write!(
        rels,
        r#"<Relationship Id="rId{styles_id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#
    );
    zip.add("[Content_Types].xml", types.as_bytes())?;
    zip.add("_rels/.rels", ROOT_RELS.as_bytes())?;
    zip.add("xl/workbook.xml", book.as_bytes())?;
    zip.add("xl/_rels/workbook.xml.rels", rels.as_bytes())?;
    zip.add("xl/styles.xml", STYLES.as_bytes())?;
    zip.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_go_past_z() {
        assert_eq!(column(0), "A");
        assert_eq!(column(25), "Z");
        assert_eq!(column(26), "AA");
        assert_eq!(column(27 * 26), "AAA");
    }
}
