//! The hand-written XLSX container and content: a well-formed stored ZIP (checked field by field
//! against its central directory, CRCs recomputed with `crc32fast`, and unpacked with the `zip`
//! crate), XML-special text read back intact by calamine, and a large ledger.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx};
use fingertip_core::engine::evaluate;
use fingertip_core::pack::embedded;
use fingertip_core::report::{build_report, ledger_xlsx, Report, LEDGER_SHEET};
use fingertip_core::sample::sample_assessment;

fn sample_report() -> Report {
    let a = sample_assessment("draft-1", "2026-11-01T09:00:00Z").expect("the sample parses");
    let pack = embedded().expect("the embedded pack parses");
    build_report(pack, &a, &evaluate(pack, &a))
}

fn u16_at(b: &[u8], i: usize) -> u16 {
    u16::from_le_bytes([b[i], b[i + 1]])
}

fn u32_at(b: &[u8], i: usize) -> u32 {
    u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]])
}

/// One entry as the central directory describes it, checked against its local header.
#[derive(Debug)]
struct Entry {
    name: String,
    date: u16,
    data: Vec<u8>,
}

/// Parses the archive by hand: end record, central directory, local headers; asserts every
/// structural invariant of a stored ZIP on the way.
fn parse_zip(b: &[u8]) -> Vec<Entry> {
    let end = b.len() - 22;
    assert_eq!(u32_at(b, end), 0x0605_4b50, "end record at the very end");
    assert_eq!(u16_at(b, end + 20), 0, "no archive comment");
    let count = usize::from(u16_at(b, end + 10));
    assert_eq!(u16_at(b, end + 8), u16_at(b, end + 10));
    let cd_size = u32_at(b, end + 12) as usize;
    let cd_offset = u32_at(b, end + 16) as usize;
    assert_eq!(
        cd_offset + cd_size,
        end,
        "directory right before the end record"
    );
    let mut entries = Vec::new();
    let mut at = cd_offset;
    let mut next_local = 0;
    for _ in 0..count {
        assert_eq!(u32_at(b, at), 0x0201_4b50, "central record signature");
        let method = u16_at(b, at + 10);
        let time = u16_at(b, at + 12);
        let date = u16_at(b, at + 14);
        let crc = u32_at(b, at + 16);
        let packed = u32_at(b, at + 20) as usize;
        let size = u32_at(b, at + 24) as usize;
        let name_len = usize::from(u16_at(b, at + 28));
        let extra_len = usize::from(u16_at(b, at + 30));
        let comment_len = usize::from(u16_at(b, at + 32));
        let local = u32_at(b, at + 42) as usize;
        let name = &b[at + 46..at + 46 + name_len];
        assert_eq!((method, packed, extra_len, comment_len), (0, size, 0, 0));
        assert_eq!(
            local, next_local,
            "entries are contiguous, in directory order"
        );
        // The local header repeats the same fields.
        assert_eq!(u32_at(b, local), 0x0403_4b50, "local header signature");
        assert_eq!(
            b[local + 4..local + 30],
            b[at + 6..at + 32],
            "local = central fields"
        );
        assert_eq!(&b[local + 30..local + 30 + name_len], name);
        let data = &b[local + 30 + name_len..local + 30 + name_len + size];
        assert_eq!(
            crc32fast::hash(data),
            crc,
            "CRC-32 of {}",
            String::from_utf8_lossy(name)
        );
        assert_eq!(time, 0);
        entries.push(Entry {
            name: String::from_utf8(name.to_vec()).expect("ASCII name"),
            date,
            data: data.to_vec(),
        });
        next_local = local + 30 + name_len + size;
        at += 46 + name_len;
    }
    assert_eq!(
        next_local, cd_offset,
        "directory right after the last entry"
    );
    assert_eq!(at, end);
    entries
}

fn part<'a>(entries: &'a [Entry], name: &str) -> &'a str {
    let e = entries.iter().find(|e| e.name == name).expect(name);
    std::str::from_utf8(&e.data).expect("UTF-8 part")
}

#[test]
fn the_zip_container_verifies_by_hand_and_with_the_zip_crate() {
    let bytes = ledger_xlsx(&sample_report()).expect("XLSX");
    let entries = parse_zip(&bytes);
    let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/app.xml",
            "docProps/core.xml",
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
            "xl/styles.xml",
            "xl/worksheets/sheet1.xml",
        ]
    );
    // Every entry is dated with the assessment date, 2026-11-01 (MS-DOS format).
    for e in &entries {
        assert_eq!(e.date, (46 << 9) | (11 << 5) | 1, "{}", e.name);
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(&bytes)).expect("the zip crate opens it");
    assert_eq!(archive.len(), entries.len());
    for (i, e) in entries.iter().enumerate() {
        let mut file = archive.by_index(i).expect("entry");
        assert_eq!(file.name().expect("a UTF-8 name"), e.name);
        assert_eq!(file.compression(), zip::CompressionMethod::Stored);
        let mut data = Vec::new();
        file.read_to_end(&mut data).expect("reads, CRC verified");
        assert_eq!(data, e.data);
    }
}

#[test]
fn the_parts_carry_sheet_name_frozen_header_widths_and_print_setup() {
    let r = sample_report();
    let entries = parse_zip(&ledger_xlsx(&r).expect("XLSX"));
    let workbook = part(&entries, "xl/workbook.xml");
    assert!(workbook.contains(&format!(r#"<sheet name="{LEDGER_SHEET}""#)));
    assert!(workbook.contains(&format!(
        r#"<definedName name="_xlnm.Print_Titles" localSheetId="0">'{LEDGER_SHEET}'!$3:$3</definedName>"#
    )));
    let sheet = part(&entries, "xl/worksheets/sheet1.xml");
    assert!(sheet
        .contains(r#"<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>"#));
    assert_eq!(sheet.matches("<col ").count(), 10);
    assert!(sheet.contains(r#"<pageSetup paperSize="9" orientation="landscape" fitToHeight="0"/>"#));
    assert!(sheet.contains(r#"<pageSetUpPr fitToPage="1"/>"#));
    assert!(
        !sheet.contains("<f>") && !sheet.contains("<f "),
        "no formulas"
    );
    assert!(!sheet.contains(r#"t="s""#), "no shared strings");
    // Two title rows and the header row, then one row per problem, each as high as its text.
    assert_eq!(sheet.matches("<row ").count(), r.ledger.len() + 3);
    assert_eq!(
        sheet.matches(r#"customHeight="1""#).count(),
        r.ledger.len() + 3
    );
    assert!(sheet.contains(r#"<formula1>"待整改,整改中,已完成,已销号"</formula1>"#));
    assert!(sheet.contains(r#"<mergeCell ref="A1:J1"/>"#));
    let styles = part(&entries, "xl/styles.xml");
    assert!(styles.contains(r#"<name val="宋体"/>"#) && !styles.contains("Calibri"));
    assert!(styles.contains(r#"formatCode="yyyy-mm-dd""#));
    let core = part(&entries, "docProps/core.xml");
    assert!(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-01T00:00:00Z"));
    for e in &entries {
        let text = std::str::from_utf8(&e.data).expect("UTF-8");
        assert!(
            text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\""),
            "{}",
            e.name
        );
    }
}

/// All cells of the ledger sheet, read with calamine.
fn read_rows(bytes: Vec<u8>) -> Vec<Vec<Data>> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).expect("a valid XLSX");
    let range = book
        .worksheet_range(LEDGER_SHEET)
        .expect("the ledger sheet");
    range.rows().map(<[Data]>::to_vec).collect()
}

#[test]
fn xml_special_characters_survive_and_control_characters_are_dropped() {
    let mut r = sample_report();
    let row = &mut r.ledger[0];
    row.measure = "a & b < c > d \"e\" 'f' 😀 鉴定\u{7}响铃\u{0}\u{1b}[0m\u{ffff}".into();
    row.owner = "  张三\t".into();
    row.deadline = "_x0041_ 与 snake_case".into();
    row.basis = "行一\r\n行二\n行三".into();
    row.asset_label = "=HYPERLINK(\"http://x\")".into();
    let rows = read_rows(ledger_xlsx(&r).expect("XLSX"));
    let cells = &rows[3];
    assert_eq!(
        cells[6],
        Data::String("a & b < c > d \"e\" 'f' 😀 鉴定响铃[0m".into())
    );
    assert_eq!(cells[7], Data::String("  张三\t".into()));
    assert_eq!(cells[8], Data::String("_x0041_ 与 snake_case".into()));
    assert_eq!(cells[5], Data::String("行一\r\n行二\n行三".into()));
    // An inline string, shown as typed: no formula, and no CSV guard apostrophe.
    assert_eq!(cells[3], Data::String("=HYPERLINK(\"http://x\")".into()));
}

#[test]
fn a_thousand_rows_are_written_and_read_back() {
    let mut r = sample_report();
    let template = r.ledger.clone();
    r.ledger = (0..1000)
        .map(|i| {
            let mut row = template[i % template.len()].clone();
            row.no = i + 1;
            row.problem = format!("第 {} 条问题 <&>", i + 1);
            row
        })
        .collect();
    let bytes = ledger_xlsx(&r).expect("XLSX");
    assert_eq!(bytes, ledger_xlsx(&r).expect("XLSX"), "deterministic");
    parse_zip(&bytes);
    let rows = read_rows(bytes);
    assert_eq!(rows.len(), 1003);
    for (i, cells) in rows[3..].iter().enumerate() {
        assert_eq!(cells[0], Data::Float((i + 1) as f64));
        assert_eq!(cells[4], Data::String(format!("第 {} 条问题 <&>", i + 1)));
    }
}

#[test]
fn an_invalid_assessment_date_falls_back_to_1980() {
    let mut r = sample_report();
    r.cover.date = "2026-02-30".into();
    let entries = parse_zip(&ledger_xlsx(&r).expect("XLSX"));
    assert!(entries.iter().all(|e| e.date == (1 << 5) | 1));
    assert!(!part(&entries, "docProps/core.xml").contains("dcterms:created"));
}
