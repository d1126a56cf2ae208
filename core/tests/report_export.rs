//! The ledger exports: CSV (BOM, CRLF, RFC 4180) and XLSX read back with independent readers,
//! one row per problem, formula-like text made inert, and safe file names.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use fingertip_core::engine::evaluate;
use fingertip_core::model::Assessment;
use fingertip_core::pack::embedded;
use fingertip_core::report::{
    build_report, export_file_name, ledger_csv, ledger_xlsx, neutralize, Report, LEDGER_HEADERS,
    LEDGER_SHEET,
};
use fingertip_core::sample::sample_assessment;

fn sample() -> Assessment {
    sample_assessment("draft-1", "2026-11-01T09:00:00Z").expect("the sample parses")
}

fn report_of(a: &Assessment) -> Report {
    let pack = embedded().expect("the embedded pack parses");
    build_report(pack, a, &evaluate(pack, a))
}

/// The sample with hostile text in the first problem's measure, owner and deadline, and a
/// measure with a comma, quotes and a line break in the second.
fn hostile() -> Assessment {
    let mut a = sample();
    let key = ("B4.1".into(), "app-2".into());
    if let Some(x) = a.answers.get_mut(&key) {
        x.measure = Some("=1+1".into());
        x.owner = "@SUM(A1:A2)".into();
        x.deadline = "-2".into();
        x.note = "=1+1".into();
    }
    let key = ("C6.4".into(), "grp-3".into());
    if let Some(x) = a.answers.get_mut(&key) {
        x.measure = Some("取消接龙,改为\"每周\"报送\r\n第二行".into());
    }
    a
}

/// Parses CSV bytes (after the BOM) with the `csv` crate, every record including the header.
fn read_csv(bytes: &[u8]) -> Vec<Vec<String>> {
    let body = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .expect("starts with the BOM");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body)
        .records()
        .map(|r| r.expect("valid CSV").iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn csv_has_bom_crlf_header_and_one_row_per_problem() {
    let r = report_of(&sample());
    let bytes = ledger_csv(&r);
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]));
    let text = String::from_utf8(bytes.clone()).expect("UTF-8");
    assert!(text.ends_with("\r\n"));
    assert!(text.starts_with("\u{feff}序号,类别,条目,对象,问题,依据,整改措施,责任人,时限,状态\r\n"));
    // Outside quoted fields every line break is CRLF (the sample has no line breaks in cells).
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
    let records = read_csv(&bytes);
    assert_eq!(records[0], LEDGER_HEADERS);
    assert_eq!(records.len(), r.ledger.len() + 1);
    // One ledger row per problem (item), however many assets it was found on.
    let problem_items: std::collections::BTreeSet<&str> = r
        .articles
        .iter()
        .flat_map(|s| s.findings.iter().map(|f| f.item.as_str()))
        .collect();
    assert_eq!(r.ledger.len(), problem_items.len());
    for (record, row) in records[1..].iter().zip(&r.ledger) {
        let expected: Vec<String> = row.cells().iter().map(|c| neutralize(c)).collect();
        assert_eq!(record, &expected);
    }
    assert_eq!(records[1][1], "红线");
    assert_eq!(records[1][2], "B4.1");
    assert_eq!(records[1][3], "示例县农技学习打卡");
    assert_eq!(records[1][9], "整改中");
}

#[test]
fn csv_quotes_commas_quotes_and_line_breaks_and_round_trips() {
    let r = report_of(&hostile());
    let records = read_csv(&ledger_csv(&r));
    assert_eq!(records.len(), r.ledger.len() + 1);
    let c64 = records.iter().find(|r| r[2] == "C6.4").expect("C6.4 row");
    assert_eq!(c64[6], "取消接龙,改为\"每周\"报送\r\n第二行");
}

#[test]
fn formula_like_text_is_inert_in_csv() {
    let r = report_of(&hostile());
    let records = read_csv(&ledger_csv(&r));
    let b41 = &records[1];
    assert_eq!(b41[2], "B4.1");
    assert_eq!(b41[6], "'=1+1");
    assert_eq!(b41[7], "'@SUM(A1:A2)");
    assert_eq!(b41[8], "'-2");
    // The note is not a ledger column, but the report keeps it as typed.
    assert_eq!(r.ledger[0].note, "=1+1");
}

#[test]
fn neutralize_prefixes_only_dangerous_starts() {
    for cell in ["=1+1", "+1", "-1", "@A1", "\tx", "\rx"] {
        assert_eq!(neutralize(cell), format!("'{cell}"));
    }
    for cell in ["", "1", "整改中", "a=b", " =1", "'=1"] {
        assert_eq!(neutralize(cell), cell);
    }
}

/// The ledger sheet as rows of cells, read with calamine.
fn read_xlsx(bytes: Vec<u8>) -> (Vec<String>, Vec<Vec<Data>>, usize) {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).expect("a valid XLSX");
    let names = book.sheet_names();
    let range = book
        .worksheet_range(LEDGER_SHEET)
        .expect("the ledger sheet");
    let rows = range.rows().map(<[Data]>::to_vec).collect();
    let formulas = book
        .worksheet_formula(LEDGER_SHEET)
        .expect("formulas readable")
        .used_cells()
        .filter(|(_, _, f)| !f.is_empty())
        .count();
    (names, rows, formulas)
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => panic!("expected a string cell, got {other:?}"),
    }
}

#[test]
fn xlsx_has_the_ledger_sheet_header_and_one_row_per_problem() {
    let r = report_of(&sample());
    let (names, rows, formulas) = read_xlsx(ledger_xlsx(&r).expect("XLSX"));
    assert_eq!(names, vec![LEDGER_SHEET.to_string()]);
    assert_eq!(formulas, 0);
    // Two title rows (unit and title; date, questionnaire and count), then the header.
    assert_eq!(
        text(&rows[0][0]),
        "示例县农业农村局防治“指尖上的形式主义”自查整改台账"
    );
    assert!(text(&rows[1][0]).starts_with("自查日期:2026-11-01"));
    let header: Vec<String> = rows[2].iter().map(text).collect();
    assert_eq!(header, LEDGER_HEADERS);
    assert_eq!(rows.len(), r.ledger.len() + 3);
    let mut dates = 0;
    for (cells, row) in rows[3..].iter().zip(&r.ledger) {
        assert_eq!(cells[0], Data::Float(row.no as f64));
        // 时限 is a real date cell when it is a date (serial days, 1900 system), else text.
        match &cells[8] {
            Data::DateTime(d) => {
                let days = fingertip_core::date::days_from_iso(&row.deadline).expect("a date");
                assert_eq!(d.as_f64(), (days + 25_569) as f64, "{}", row.deadline);
                dates += 1;
            }
            other => assert_eq!(text(other), neutralize(&row.deadline)),
        }
        let got: Vec<String> = cells
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(i, _)| *i != 8)
            .map(|(_, c)| text(c))
            .collect();
        let expected: Vec<String> = row
            .cells()
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(i, _)| *i != 8)
            .map(|(_, c)| neutralize(c))
            .collect();
        assert_eq!(got, expected);
    }
    assert!(dates > 0, "the sample has deadlines");
    assert_eq!(text(&rows[3][1]), "红线");
    assert_eq!(text(&rows[3][2]), "B4.1");
    assert_eq!(text(&rows[3][9]), "整改中");
}

#[test]
fn formula_like_text_is_an_inert_string_in_xlsx() {
    let r = report_of(&hostile());
    let (_, rows, formulas) = read_xlsx(ledger_xlsx(&r).expect("XLSX"));
    assert_eq!(formulas, 0, "no cell is written as a formula");
    // Shown as typed: an inline string needs no CSV guard apostrophe (the CSV keeps it).
    assert_eq!(rows[3][6], Data::String("=1+1".into()));
    assert_eq!(rows[3][7], Data::String("@SUM(A1:A2)".into()));
    assert_eq!(rows[3][8], Data::String("-2".into()));
    let c64 = rows
        .iter()
        .find(|r| r[2] == Data::String("C6.4".into()))
        .expect("C6.4 row");
    assert_eq!(text(&c64[6]), "取消接龙,改为\"每周\"报送\r\n第二行");
}

#[test]
fn xlsx_of_the_same_report_is_the_same_bytes() {
    let r = report_of(&sample());
    assert_eq!(ledger_xlsx(&r), ledger_xlsx(&r));
}

#[test]
fn export_file_names_are_safe_on_windows() {
    assert_eq!(
        export_file_name("示例县农业农村局", "2026-11-01", "自查整改台账", "xlsx"),
        "示例县农业农村局-自查整改台账-2026-11-01.xlsx"
    );
    assert_eq!(
        export_file_name("A/B:C*D?\"E<F>G|H\\I", "2026-11-01", "自查报告", ".csv"),
        "A_B_C_D__E_F_G_H_I-自查报告-2026-11-01.csv"
    );
    assert_eq!(
        export_file_name("  ", "2026-11-01", "自查整改台账", "csv"),
        "本单位-自查整改台账-2026-11-01.csv"
    );
    assert_eq!(
        export_file_name("某局\n办公室", "", "台账.", "csv"),
        "某局_办公室-台账.csv"
    );
}
