//! XLSX export of the rectification ledger (sheet 整改台账): bold header, fixed column widths,
//! wrapped text, one row per problem, every text cell neutralised and written as a string
//! (never as a formula). Set up to print on A4 landscape, one page wide, header on every page.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook};

use super::csv::neutralize;
use super::error::ReportError;
use super::ledger::LEDGER_HEADERS;
use super::model::Report;

/// The sheet name.
pub const LEDGER_SHEET: &str = "整改台账";

/// Column widths in Excel character units (a Chinese character is about two), per header.
const WIDTHS: [f64; 9] = [6.0, 8.0, 20.0, 48.0, 30.0, 40.0, 12.0, 12.0, 9.0];

/// Excel's cell limit is 32,767 characters; longer text is cut to stay under it.
const MAX_CELL_CHARS: usize = 32_000;

/// Excel paper size code for A4.
const A4: u8 = 9;

fn xlsx_err(e: rust_xlsxwriter::XlsxError) -> ReportError {
    ReportError::Xlsx(e.to_string())
}

/// A neutralised cell, cut to Excel's length limit.
fn text_cell(cell: &str) -> String {
    let safe = neutralize(cell);
    match safe.char_indices().nth(MAX_CELL_CHARS) {
        Some((cut, _)) => format!("{}…", &safe[..cut]),
        None => safe,
    }
}

/// The ledger as an XLSX workbook. The file's creation time is the assessment date when it is a
/// valid date, so exporting the same report twice gives the same content.
pub fn ledger_xlsx(report: &Report) -> Result<Vec<u8>, ReportError> {
    let mut workbook = Workbook::new();
    let mut props = DocProperties::new()
        .set_title(format!("{}{}", report.cover.unit, LEDGER_SHEET))
        .set_subject(report.cover.title);
    if let Ok(date) = ExcelDateTime::parse_from_str(&report.cover.date) {
        props = props.set_creation_datetime(&date);
    }
    workbook.set_properties(&props);
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_border(FormatBorder::Thin)
        .set_background_color("#E7E6E6");
    let body = Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_border(FormatBorder::Thin);
    let sheet = workbook.add_worksheet();
    sheet.set_name(LEDGER_SHEET).map_err(xlsx_err)?;
    for (col, (title, width)) in LEDGER_HEADERS.iter().zip(WIDTHS).enumerate() {
        let col = col as u16;
        sheet.set_column_width(col, width).map_err(xlsx_err)?;
        sheet
            .write_string_with_format(0, col, neutralize(title), &header)
            .map_err(xlsx_err)?;
    }
    for (i, row) in report.ledger.iter().enumerate() {
        let r = i as u32 + 1;
        for (col, cell) in row.cells().iter().enumerate() {
            let col = col as u16;
            if col == 0 {
                sheet
                    .write_number_with_format(r, col, row.no as f64, &body)
                    .map_err(xlsx_err)?;
            } else {
                sheet
                    .write_string_with_format(r, col, text_cell(cell), &body)
                    .map_err(xlsx_err)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(xlsx_err)?;
    sheet.set_repeat_rows(0, 0).map_err(xlsx_err)?;
    sheet
        .set_landscape()
        .set_paper_size(A4)
        .set_print_fit_to_pages(1, 0);
    workbook.save_to_buffer().map_err(xlsx_err)
}
