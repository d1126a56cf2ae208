//! The roll-up reads each file with the overlays it carries: overlay items count in the unit's
//! verdict, and items only some units were asked are listed with how many were asked.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use fingertip_core::overlay;
use fingertip_core::pack::{self, Pack};
use fingertip_core::rollup::{
    build, read_evaluated, read_file, rollup_csv, tables, unit_lines, units_table, Cell, Filter,
    Intake, Naming, Read, DEFAULT_STALE_DAYS,
};
use fingertip_core::sample::SAMPLE_JSON;
use serde_json::{json, Value};

fn pack() -> &'static Pack {
    pack::embedded().expect("embedded pack")
}

fn example() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../content/overlays/sichuan-four-rules.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).expect("committed")).expect("json")
}

/// The sample (a county unit) as unit `name`; with the overlay, it answers SC1.2 是 (a red line).
fn unit(name: &str, id: &str, with_overlay: bool) -> Vec<u8> {
    let mut v: Value = serde_json::from_str(SAMPLE_JSON).expect("sample");
    let a = &mut v["assessment"];
    a["id"] = id.into();
    a["profile"]["name"] = name.into();
    if with_overlay {
        a["overlays"] = json!([example()]);
        a["answers"].as_array_mut().expect("answers").push(json!({
            "item": "SC1.2", "asset": "unit", "value": { "type": "choice", "value": "yes" }
        }));
    }
    serde_json::to_vec(&v).expect("json")
}

#[test]
fn overlay_items_count_and_are_flagged_when_not_asked_everywhere() {
    let mut intake = Intake::new(false);
    let files = [
        ("甲.json", unit("甲县民政局", "d1", true)),
        ("乙.json", unit("乙县民政局", "d2", false)),
        ("丙.json", unit("丙县民政局", "d3", false)),
    ];
    for (name, bytes) in &files {
        for read in read_file(name, bytes, pack()) {
            assert!(matches!(read, Read::Unit(_)), "{name}: {read:?}");
            intake.add(read);
        }
    }
    let view = build(
        pack(),
        &intake,
        &Filter::default(),
        "2026-12-01",
        DEFAULT_STALE_DAYS,
        &Naming::Plain,
    );
    let red = |name: &str| {
        view.units
            .iter()
            .find(|u| u.unit == name)
            .map(|u| u.counts.red_line)
            .expect("row")
    };
    // The same sample, plus one red overlay item for the unit that carries the overlay.
    assert_eq!(red("甲县民政局"), red("乙县民政局") + 1);
    let lines: Vec<String> = view.not_asked_everywhere.iter().map(|x| x.line()).collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[1].starts_with(
            "SC1.2(地方规定 · 四川省“四个一律”补充自查(示例) 1.0.0 版):只有 1 / 3 个单位"
        ),
        "{}",
        lines[1]
    );
    assert!(lines[1].contains("其中 1 个单位为红线"));
    assert!(lines[0].contains("其中 0 个单位为红线"));
}

#[test]
fn items_every_unit_was_asked_are_not_flagged() {
    let mut intake = Intake::new(false);
    for (name, id) in [("甲.json", "d1"), ("乙.json", "d2")] {
        for read in read_file(name, &unit(name, id, true), pack()) {
            intake.add(read);
        }
    }
    let view = build(
        pack(),
        &intake,
        &Filter::default(),
        "2026-12-01",
        DEFAULT_STALE_DAYS,
        &Naming::Plain,
    );
    assert_eq!(view.units.len(), 2);
    assert!(view.not_asked_everywhere.is_empty());
    assert!(
        overlay::content_hash(&serde_json::from_value(example()).expect("overlay")).len() == 16
    );
}

/// The three units of the first test, as a roll-up view.
fn three_units(naming: &Naming) -> (Intake, fingertip_core::rollup::RollUp) {
    let mut intake = Intake::new(false);
    for (name, unit_name, id, with) in [
        ("甲.json", "甲县民政局", "d1", true),
        ("乙.json", "乙县民政局", "d2", false),
        ("丙.json", "丙县民政局", "d3", false),
    ] {
        for read in read_file(name, &unit(unit_name, id, with), pack()) {
            intake.add(read);
        }
    }
    let view = build(
        pack(),
        &intake,
        &Filter::default(),
        "2026-12-01",
        DEFAULT_STALE_DAYS,
        naming,
    );
    (intake, view)
}

#[test]
fn overlay_items_are_in_the_units_table_the_workbook_and_the_json_lines() {
    let (intake, view) = three_units(&Naming::Plain);
    // 单位汇总 (XLSX sheet and CSV) gains a column naming each unit's overlay items.
    let table = units_table(&view);
    let column = table
        .headers
        .iter()
        .position(|h| *h == "地方标准题目(红线标注)")
        .expect("overlay column");
    let cell = |unit: &str| {
        let row = table
            .rows
            .iter()
            .find(|r| r[0] == Cell::from(unit))
            .expect("row");
        row[column].clone()
    };
    assert_eq!(cell("甲县民政局"), Cell::from("SC1.1、SC1.2(红线)"));
    assert_eq!(cell("乙县民政局"), Cell::from(""));
    assert!(String::from_utf8_lossy(&rollup_csv(&view)).contains("SC1.1、SC1.2(红线)"));
    // A sheet lists each overlay item with how many units were asked it and have it red.
    let sheet = tables(&view, &intake, &Naming::Plain)
        .find(|t| t.name == "地方标准题目")
        .expect("overlay sheet");
    let sc12 = sheet
        .rows
        .iter()
        .find(|r| r[0] == Cell::from("SC1.2"))
        .expect("SC1.2");
    assert_eq!(
        sc12[2..],
        [Cell::Number(1), Cell::Number(1), Cell::Number(3)]
    );
    // Each JSON line of an overlay finding names its source; national findings have none.
    let mut lines = String::new();
    let bytes = unit("甲县民政局", "d1", true);
    for (read, evaluation) in read_evaluated("甲.json", &bytes, pack()) {
        if let (Read::Unit(u), Some(e)) = (read, evaluation) {
            unit_lines(&mut lines, pack(), &u, &e, &Naming::Plain);
        }
    }
    let lines: Vec<Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    let sc = lines
        .iter()
        .find(|l| l["item"] == "SC1.2")
        .expect("SC1.2 line");
    assert!(
        sc["source"]
            .as_str()
            .is_some_and(|s| s.contains("四个一律")),
        "{sc}"
    );
    assert!(lines
        .iter()
        .filter(|l| l["item"] != "SC1.2")
        .any(|l| l["source"].is_null()));
}

#[test]
fn a_roll_up_without_overlays_exports_as_before() {
    let mut intake = Intake::new(false);
    for read in read_file("乙.json", &unit("乙县民政局", "d2", false), pack()) {
        intake.add(read);
    }
    let view = build(
        pack(),
        &intake,
        &Filter::default(),
        "2026-12-01",
        DEFAULT_STALE_DAYS,
        &Naming::Plain,
    );
    assert!(!units_table(&view)
        .headers
        .contains(&"地方标准题目(红线标注)"));
    assert!(tables(&view, &intake, &Naming::Plain).all(|t| t.name != "地方标准题目"));
}
