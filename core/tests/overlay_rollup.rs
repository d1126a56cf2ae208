//! The roll-up reads each file with the overlays it carries: overlay items count in the unit's
//! verdict, and items only some units were asked are listed with how many were asked.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use fingertip_core::overlay;
use fingertip_core::pack::{self, Pack};
use fingertip_core::rollup::{build, read_file, Filter, Intake, Naming, Read, DEFAULT_STALE_DAYS};
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
