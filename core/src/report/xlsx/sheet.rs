//! The ledger worksheet: two title rows (unit and title; date and questionnaire), the header
//! row (frozen, repeated on every printed page), one row per problem with 时限 as a real date
//! cell when it is one, a drop-down list for 状态, and row heights that fit the wrapped text.

use std::fmt::Write as _;

use super::{push_escaped, text_cell};
use crate::date::days_from_iso;
use crate::report::csv::neutralize;
use crate::report::ledger::LEDGER_HEADERS;
use crate::report::model::Report;

/// Column widths in Excel character units (a Chinese character is about two), per header.
pub(crate) const WIDTHS: [u8; 10] = [6, 7, 8, 20, 44, 30, 40, 12, 12, 9];

/// Column letters, per header.
const COLUMNS: [char; 10] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];

/// Cell style indexes into `cellXfs`: title, subtitle, header, body, date, centred body.
pub(crate) const TITLE: u8 = 1;
pub(crate) const SUBTITLE: u8 = 2;
pub(crate) const HEADER: u8 = 3;
pub(crate) const BODY: u8 = 4;
pub(crate) const DATE: u8 = 5;
pub(crate) const CENTRED: u8 = 6;

/// The row the header is on; problems start on the next one.
pub(crate) const HEADER_ROW: usize = 3;

/// The 状态 values the list offers: the app's own labels, plus 已销号 for a closed row.
pub(crate) const STATUS_LIST: &str = "待整改,整改中,已完成,已销号";

/// Points per wrapped line of the 11 pt body font, and the padding of a row.
const LINE_PT: f32 = 14.5;
const PAD_PT: f32 = 4.0;

/// Display width of `text` in character units: CJK and other wide characters count two.
fn width_units(text: &str) -> usize {
    text.chars()
        .map(|c| if (c as u32) < 0x1100 { 1 } else { 2 })
        .sum()
}

/// Wrapped lines `text` takes in a column `width` units wide (at least 1).
fn lines_in(text: &str, width: u8) -> usize {
    let usable = usize::from(width).saturating_sub(1).max(1);
    text.split('\n')
        .map(|l| width_units(l).div_ceil(usable).max(1))
        .sum::<usize>()
        .max(1)
}

/// The Excel serial day of a strict `YYYY-MM-DD` date (1900 date system), if it is one.
fn serial_day(text: &str) -> Option<i64> {
    super::parse_date(text)?;
    days_from_iso(text).map(|d| d + 25_569)
}

fn push_text(out: &mut String, col: usize, row: usize, style: u8, text: &str) {
    let _ = write!(out, r#"<c r="{}{row}" s="{style}""#, COLUMNS[col]);
    if text.is_empty() {
        out.push_str("/>");
        return;
    }
    out.push_str(r#" t="inlineStr"><is><t"#);
    let edge = |c: Option<char>| matches!(c, Some(' ' | '\t' | '\n' | '\r'));
    if edge(text.chars().next()) || edge(text.chars().next_back()) {
        out.push_str(r#" xml:space="preserve""#);
    }
    out.push('>');
    push_escaped(out, text);
    out.push_str("</t></is></c>");
}

/// The worksheet XML of `report`'s ledger.
pub(crate) fn sheet_xml(report: &Report) -> String {
    let c = &report.cover;
    let last = HEADER_ROW + report.ledger.len();
    let mut out = String::with_capacity(2048 + report.ledger.len() * 1024);
    out.push_str(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#,
        r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#,
        r#"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#,
    ));
    let _ = write!(out, r#"<dimension ref="A1:J{last}"/>"#);
    out.push_str(concat!(
        r#"<sheetViews><sheetView tabSelected="1" workbookViewId="0">"#,
        r#"<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>"#,
        r#"<selection pane="bottomLeft" activeCell="A4" sqref="A4"/></sheetView></sheetViews>"#,
        r#"<sheetFormatPr defaultRowHeight="15"/><cols>"#,
    ));
    for (i, width) in WIDTHS.iter().enumerate() {
        // Excel stores a width of n characters as n + 5/7 (cell padding), truncated to 1/256.
        let _ = write!(
            out,
            r#"<col min="{n}" max="{n}" width="{width}.7109375" customWidth="1"/>"#,
            n = i + 1
        );
    }
    out.push_str(r#"</cols><sheetData><row r="1" ht="30" customHeight="1">"#);
    push_text(
        &mut out,
        0,
        1,
        TITLE,
        &neutralize(&format!("{}防治“指尖上的形式主义”自查整改台账", c.unit)),
    );
    let _ = write!(out, r#"</row><row r="2" ht="20" customHeight="1">"#);
    let subtitle = format!(
        "自查日期:{}    问卷:{} {}    共 {} 项",
        c.date,
        c.pack_title,
        c.pack_version,
        report.ledger.len()
    );
    push_text(&mut out, 0, 2, SUBTITLE, &neutralize(&subtitle));
    let _ = write!(
        out,
        r#"</row><row r="{HEADER_ROW}" ht="20" customHeight="1">"#
    );
    for (col, title) in LEDGER_HEADERS.iter().enumerate() {
        push_text(&mut out, col, HEADER_ROW, HEADER, title);
    }
    out.push_str("</row>");
    for (i, row) in report.ledger.iter().enumerate() {
        let r = HEADER_ROW + 1 + i;
        let cells = row.cells();
        let lines = cells
            .iter()
            .zip(WIDTHS)
            .map(|(t, w)| lines_in(t, w))
            .max()
            .unwrap_or(1);
        let height = (lines as f32 * LINE_PT + PAD_PT).min(409.0);
        let _ = write!(
            out,
            r#"<row r="{r}" ht="{height:.1}" customHeight="1"><c r="A{r}" s="{CENTRED}"><v>{}</v></c>"#,
            row.no
        );
        for (col, cell) in cells.iter().enumerate().skip(1) {
            match (col, serial_day(cell)) {
                (8, Some(day)) => {
                    let _ = write!(out, r#"<c r="I{r}" s="{DATE}"><v>{day}</v></c>"#);
                }
                (1 | 9, _) => push_text(&mut out, col, r, CENTRED, &text_cell(cell)),
                _ => push_text(&mut out, col, r, BODY, &text_cell(cell)),
            }
        }
        out.push_str("</row>");
    }
    out.push_str(r#"</sheetData><mergeCells count="2"><mergeCell ref="A1:J1"/><mergeCell ref="A2:J2"/></mergeCells>"#);
    // The 状态 list covers the rows written and room for rows the unit adds below them.
    let _ = write!(
        out,
        r#"<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="状态" error="请从列表中选择:待整改、整改中、已完成或已销号" sqref="J{}:J{}"><formula1>"{STATUS_LIST}"</formula1></dataValidation></dataValidations>"#,
        HEADER_ROW + 1,
        last.max(HEADER_ROW + 1) + 200
    );
    out.push_str(concat!(
        r#"<printOptions horizontalCentered="1"/>"#,
        r#"<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>"#,
        // paperSize 9 is A4; fitToWidth defaults to 1, fitToHeight 0 means as many as needed.
        r#"<pageSetup paperSize="9" orientation="landscape" fitToHeight="0"/>"#,
        r#"<headerFooter><oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter></headerFooter>"#,
        "</worksheet>",
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_count_two_and_lines_wrap_by_column_width() {
        assert_eq!(width_units("ab中"), 4);
        assert_eq!(lines_in("", 10), 1);
        assert_eq!(lines_in("一二三四", 9), 1);
        assert_eq!(lines_in("一二三四五", 9), 2);
        assert_eq!(lines_in("一\n二", 9), 2);
    }

    #[test]
    fn only_strict_dates_become_date_cells() {
        assert_eq!(serial_day("2026-12-31"), Some(46_387));
        assert_eq!(serial_day("1980-01-01"), Some(29_221));
        for text in ["2026-1-5", "2026-02-30", "年底前", ""] {
            assert_eq!(serial_day(text), None, "{text}");
        }
    }
}
