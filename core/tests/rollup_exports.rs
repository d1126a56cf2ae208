//! The roll-up's exports: a workbook with a sheet per view (read back by calamine), the CSV, and
//! anonymised exports that hold none of the input's names, notes or people (every such string is
//! searched for).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use common::rollup::{intake_of, pack, plain, thirty_units, unit_file, TODAY};
use fingertip_core::engine::evaluate;
use fingertip_core::rollup::{
    build, rollup_csv, rollup_xlsx, unit_lines, Filter, Naming, DEFAULT_STALE_DAYS,
};
use serde_json::Value;

fn sheet(bytes: &[u8], name: &str) -> Vec<Vec<Data>> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).expect("a valid XLSX");
    let range = book.worksheet_range(name).expect("the sheet");
    range.rows().map(<[Data]>::to_vec).collect()
}

#[test]
fn the_workbook_has_a_sheet_per_view_read_back_by_calamine() {
    let intake = thirty_units();
    let r = plain(&intake);
    let bytes = rollup_xlsx(&r, &intake, &Naming::Plain).expect("xlsx");
    let book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.clone())).expect("a valid XLSX");
    assert_eq!(
        book.sheet_names(),
        [
            "单位汇总",
            "合计",
            "红线高发题目",
            "分部分统计",
            "同类应用",
            "长期未更新",
            "未读取文件",
            "重复文件"
        ]
    );
    let units = sheet(&bytes, "单位汇总");
    assert_eq!(units.len(), 31);
    assert_eq!(units[0][0], Data::String("单位".into()));
    assert_eq!(units[1][6], Data::Float(r.units[0].counts.red_line as f64));
    let top = sheet(&bytes, "红线高发题目");
    assert_eq!(top[1][0], Data::String(r.top_red[0].id.clone()));
    assert_eq!(top[1][2], Data::Float(30.0));
    let stale = sheet(&bytes, "长期未更新");
    assert_eq!(stale.len(), 6);
    let csv = String::from_utf8(rollup_csv(&r)).expect("utf-8");
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    assert_eq!(reader.records().count(), 30);
}

/// Every string a unit wrote that could identify it or a person: names, people, contacts,
/// notes, reasons, measures, filing numbers, group purposes.
fn private_strings(file: &[u8]) -> Vec<String> {
    const KEYS: [&str; 9] = [
        "name",
        "assessor",
        "contact",
        "owner",
        "note",
        "measure",
        "filing_number",
        "purpose",
        "value",
    ];
    fn walk(v: &Value, key: &str, out: &mut Vec<String>) {
        match v {
            Value::String(s) if KEYS.contains(&key) && s.chars().count() >= 4 => {
                out.push(s.clone())
            }
            Value::Object(map) => {
                // 不适用 reasons are the `value` of a `not_applicable` answer value.
                let na = map.get("type").and_then(Value::as_str) == Some("not_applicable");
                for (k, child) in map {
                    if k != "value" || na || child.is_object() {
                        walk(child, k, out);
                    }
                }
            }
            Value::Array(list) => list.iter().for_each(|c| walk(c, key, out)),
            _ => {}
        }
    }
    let v: Value = serde_json::from_slice(file).expect("json");
    let mut out = Vec::new();
    walk(&v["assessment"], "", &mut out);
    out.retain(|s| s != "periodic" && s != "standing" && s != "temporary");
    out
}

#[test]
fn anonymised_exports_hold_no_name_note_or_person_of_any_input() {
    let names = ["东山县民政局", "西河市文明办", "南湖区团委"];
    let files: Vec<(String, Vec<u8>)> = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            (
                format!("{n}-自查.json"),
                unit_file(
                    n,
                    &format!("d{i}"),
                    "2026-11-01T10:00:00Z",
                    "2026-11-01",
                    &[&format!("{n}志愿服务")],
                ),
            )
        })
        .collect();
    let mut secrets: Vec<String> = files.iter().flat_map(|(_, b)| private_strings(b)).collect();
    secrets.extend(files.iter().map(|(n, _)| n.clone()));
    secrets.sort();
    secrets.dedup();
    assert!(
        secrets.len() > 40,
        "the scan must cover many strings, got {}",
        secrets.len()
    );
    assert!(secrets.iter().any(|s| s.contains("办公室张某")));
    let borrowed: Vec<(&str, Vec<u8>)> =
        files.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    let intake = intake_of(&borrowed, false);
    let naming = Naming::Anonymised {
        key: "口令".into()
    };
    let r = build(
        pack(),
        &intake,
        &Filter::default(),
        TODAY,
        DEFAULT_STALE_DAYS,
        &naming,
    );
    let xlsx = rollup_xlsx(&r, &intake, &naming).expect("xlsx");
    let mut cells = String::new();
    let book: Xlsx<_> = Xlsx::new(Cursor::new(xlsx.clone())).expect("xlsx");
    for name in book.sheet_names() {
        for row in sheet(&xlsx, &name) {
            for c in row {
                cells.push_str(&c.to_string());
                cells.push('\n');
            }
        }
    }
    let raw_xlsx = String::from_utf8_lossy(&xlsx).into_owned();
    let csv = String::from_utf8(rollup_csv(&r)).expect("utf-8");
    let mut jsonl = String::new();
    for (u, (name, bytes)) in intake.units().iter().zip(&borrowed) {
        let a = fingertip_core::save::parse(std::str::from_utf8(bytes).expect("utf-8"))
            .expect("parses")
            .into_assessment();
        assert_eq!(&u.file, name);
        unit_lines(&mut jsonl, pack(), u, &evaluate(pack(), &a), &naming);
    }
    for (what, text) in [
        ("xlsx cells", &cells),
        ("xlsx bytes", &raw_xlsx),
        ("csv", &csv),
        ("jsonl", &jsonl),
    ] {
        for s in &secrets {
            assert!(!text.contains(s.as_str()), "{what} holds “{s}”");
        }
    }
    // What was removed is listed in each file, and the codes are stable for a key.
    assert!(cells.contains("本文件已匿名化"));
    assert!(csv.contains("本文件已匿名化"));
    let code = &r.units[0].unit;
    assert!(code.starts_with('U') && code.len() == 11, "{code}");
    let again = build(
        pack(),
        &intake,
        &Filter::default(),
        TODAY,
        DEFAULT_STALE_DAYS,
        &naming,
    );
    assert_eq!(&again.units[0].unit, code);
    let other = Naming::Anonymised {
        key: "另一个口令".into(),
    };
    let third = build(
        pack(),
        &intake,
        &Filter::default(),
        TODAY,
        DEFAULT_STALE_DAYS,
        &other,
    );
    assert!(third.units.iter().all(|u| &u.unit != code));
    // The plain export does carry the names: the scan above can find them.
    let plain_csv = String::from_utf8(rollup_csv(&plain(&intake))).expect("utf-8");
    assert!(names.iter().all(|n| plain_csv.contains(n)));
}
