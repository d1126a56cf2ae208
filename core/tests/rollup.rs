//! The roll-up rules: bad files listed and never blocking the rest, duplicates resolved with the
//! newest kept, same-kind detection (true and false pairs), the views, and anonymised exports
//! that hold none of the input's names, notes or people (every such string is searched for).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use fingertip_core::engine::evaluate;
use fingertip_core::model::{AppAudience, AppForm};
use fingertip_core::pack::{self, Pack};
use fingertip_core::rollup::{
    self, build, read_file, rollup_csv, rollup_xlsx, same_kind, unit_lines, AppFacts,
    DuplicateKind, Filter, Intake, Naming, SameKindReason, DEFAULT_STALE_DAYS,
};
use fingertip_core::sample::SAMPLE_JSON;
use serde_json::Value;

const TODAY: &str = "2026-12-01";

fn pack() -> &'static Pack {
    pack::embedded().expect("embedded pack")
}

/// The sample unit as a file of unit `name`, draft `id`, changed at `updated`, dated `date`,
/// its apps renamed to `apps` (extra names ignored, missing ones keep the sample's).
fn unit_file(name: &str, id: &str, updated: &str, date: &str, apps: &[&str]) -> Vec<u8> {
    let mut v: Value = serde_json::from_str(SAMPLE_JSON).expect("sample parses");
    let a = &mut v["assessment"];
    a["id"] = id.into();
    a["updated"] = updated.into();
    a["profile"]["name"] = name.into();
    a["profile"]["date"] = date.into();
    if let Some(list) = a["inventory"]["apps"].as_array_mut() {
        for (app, new) in list.iter_mut().zip(apps) {
            app["name"] = (*new).into();
        }
    }
    serde_json::to_vec(&v).expect("serialises")
}

fn intake_of(files: &[(&str, Vec<u8>)], keep: bool) -> Intake {
    let mut intake = Intake::new(keep);
    for (name, bytes) in files {
        for read in read_file(name, bytes, pack()) {
            intake.add(read);
        }
    }
    intake
}

fn plain(intake: &Intake) -> rollup::RollUp {
    build(
        pack(),
        intake,
        &Filter::default(),
        TODAY,
        DEFAULT_STALE_DAYS,
        &Naming::Plain,
    )
}

#[test]
fn bad_files_are_listed_with_their_reason_and_the_rest_counted() {
    let good = unit_file(
        "甲县民政局",
        "d1",
        "2026-11-01T10:00:00Z",
        "2026-11-01",
        &[],
    );
    let mut cut = good.clone();
    cut.truncate(good.len() / 2);
    let other_pack = String::from_utf8(good.clone())
        .expect("utf-8")
        .replace("\"fingertip-2023\"", "\"another-pack\"");
    let intake = intake_of(
        &[
            ("empty.json", Vec::new()),
            ("good.json", good),
            ("cut.json", cut),
            ("photo.json", b"\x89PNG\r\n\x1a\n0000".to_vec()),
            ("other.json", other_pack.into_bytes()),
        ],
        false,
    );
    assert_eq!(intake.units().len(), 1);
    assert_eq!(intake.read, 5);
    let kinds: Vec<(&str, &str)> = intake
        .rejected
        .iter()
        .map(|r| (r.file.as_str(), r.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("empty.json", "empty"),
            ("cut.json", "truncated"),
            ("photo.json", "not_text"),
            ("other.json", "other_pack")
        ]
    );
    assert!(intake.rejected.iter().all(|r| !r.reason.is_empty()));
    assert!(intake.rejected[0].reason.contains("文件是空的"));
}

#[test]
fn the_same_draft_twice_counts_once() {
    let f = unit_file(
        "甲县民政局",
        "d1",
        "2026-11-01T10:00:00Z",
        "2026-11-01",
        &[],
    );
    let intake = intake_of(&[("a.json", f.clone()), ("a (1).json", f)], false);
    assert_eq!(intake.units().len(), 1);
    assert_eq!(intake.duplicates.len(), 1);
    let d = &intake.duplicates[0];
    assert_eq!(d.kind, DuplicateKind::SameFile);
    assert_eq!(
        (d.kept.as_str(), d.dropped.as_str()),
        ("a.json", "a (1).json")
    );
    assert!(d.newest_kept);
}

#[test]
fn a_newer_version_supersedes_an_older_one_in_either_order() {
    let old = unit_file(
        "甲县民政局",
        "d1",
        "2026-10-01T10:00:00Z",
        "2026-10-01",
        &[],
    );
    let new = unit_file(
        "甲县民政局",
        "d1",
        "2026-11-20T10:00:00Z",
        "2026-11-20",
        &[],
    );
    for files in [
        [("old.json", old.clone()), ("new.json", new.clone())],
        [("new.json", new.clone()), ("old.json", old.clone())],
    ] {
        let intake = intake_of(&files, false);
        assert_eq!(intake.units().len(), 1);
        assert_eq!(intake.units()[0].file, "new.json");
        assert_eq!(intake.duplicates[0].kind, DuplicateKind::OlderVersion);
        assert_eq!(intake.duplicates[0].dropped, "old.json");
    }
}

#[test]
fn another_older_check_of_the_same_unit_is_set_aside_and_the_choice_can_be_swapped() {
    let older = unit_file(
        "甲县 民政局",
        "d1",
        "2026-05-01T10:00:00Z",
        "2026-05-01",
        &[],
    );
    let newer = unit_file(
        "甲县民政局",
        "d9",
        "2026-11-01T10:00:00Z",
        "2026-11-01",
        &[],
    );
    let mut intake = intake_of(&[("may.json", older), ("nov.json", newer)], true);
    assert_eq!(intake.units().len(), 1);
    assert_eq!(intake.duplicates[0].kind, DuplicateKind::OlderCheck);
    assert_eq!(intake.units()[0].date, "2026-11-01");
    assert!(intake.swap(0));
    assert_eq!(intake.units()[0].date, "2026-05-01");
    assert!(!intake.duplicates[0].newest_kept);
    assert_eq!(intake.duplicates[0].kept, "may.json");
    assert!(intake.swap(0));
    assert_eq!(intake.units()[0].file, "nov.json");
    // The command line keeps no set-aside summaries: nothing to swap.
    let mut lean = intake_of(
        &[
            (
                "a.json",
                unit_file("乙", "x", "2026-01-01T00:00:00Z", "2026-01-01", &[]),
            ),
            (
                "b.json",
                unit_file("乙", "y", "2026-02-01T00:00:00Z", "2026-02-01", &[]),
            ),
        ],
        false,
    );
    assert!(!lean.swap(0));
}

fn app(unit: usize, name: &str, functions: &[&str]) -> AppFacts {
    AppFacts::new(
        unit,
        &format!("单位{unit}"),
        "app-1",
        name,
        AppForm::App,
        AppAudience::Internal,
        functions.iter().map(|f| f.to_string()).collect(),
    )
}

#[test]
fn same_kind_true_pairs_are_grouped_with_a_reason() {
    let apps = [
        app(0, "掌上农技", &[]),
        app(1, "单位1掌上农技APP", &[]),
        app(2, "志愿服务", &[]),
        app(3, "志愿者服务小程序", &[]),
        app(4, "邻里帮", &["志愿服务"]),
        app(5, "社区通", &["志愿服务", "通知"]),
    ];
    let groups = same_kind(&apps);
    let find = |reason: &SameKindReason| groups.iter().find(|g| &g.reason == reason);
    let same = find(&SameKindReason::SameName).expect("a same-name group");
    assert_eq!(
        (same.members.as_slice(), same.score),
        ([0, 1].as_slice(), 100)
    );
    let near = find(&SameKindReason::SimilarName).expect("a near-name group");
    assert_eq!(near.members, [2, 3]);
    assert_eq!(near.score, 80);
    let declared = find(&SameKindReason::SameFunction("志愿服务".into())).expect("declared");
    assert_eq!(declared.members, [4, 5]);
    assert_eq!(declared.reason.label(), "功能相同:志愿服务");
    assert_eq!(declared.score, 100);
    let implied = find(&SameKindReason::NameCategory("志愿服务".into())).expect("implied");
    assert_eq!(implied.members, [2, 3]);
    assert!(implied.score < declared.score);
}

#[test]
fn same_kind_false_pairs_are_not_grouped() {
    let apps = [
        app(0, "掌上农技", &[]),
        app(1, "掌上医保", &[]),
        app(2, "智慧党建", &[]),
        app(3, "智慧团建", &[]),
        // The same name twice in one unit is that unit's own matter, not a cross-unit group.
        app(4, "邻里帮", &["志愿服务"]),
        app(4, "邻里帮", &["志愿服务"]),
        app(5, "河长制", &["巡河"]),
    ];
    let groups = same_kind(&apps);
    assert!(
        groups.iter().all(
            |g| g.reason != SameKindReason::SimilarName && g.reason != SameKindReason::SameName
        ),
        "{groups:?}"
    );
    assert!(groups.iter().all(|g| g.units >= 2));
    // 智慧党建 alone implies 党建; 智慧团建 implies nothing listed: no category group either.
    assert!(groups.is_empty(), "{groups:?}");
}

fn thirty_units() -> Intake {
    let files: Vec<(String, Vec<u8>)> = (0..30)
        .map(|i| {
            (
                format!("unit-{i:02}.json"),
                unit_file(
                    &format!("测试{i:02}县农业农村局"),
                    &format!("d{i}"),
                    "2026-11-01T10:00:00Z",
                    if i < 5 { "2025-01-01" } else { "2026-11-01" },
                    &["掌上农技", "农技学习打卡"],
                ),
            )
        })
        .collect();
    let borrowed: Vec<(&str, Vec<u8>)> =
        files.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    intake_of(&borrowed, false)
}

#[test]
fn views_agree_with_the_engine_unit_by_unit() {
    let intake = thirty_units();
    let r = plain(&intake);
    assert_eq!(r.totals.units, 30);
    let file = unit_file(
        "x",
        "x",
        "2026-11-01T10:00:00Z",
        "2026-11-01",
        &["掌上农技", "农技学习打卡"],
    );
    let one = fingertip_core::save::parse(std::str::from_utf8(&file).expect("utf-8"))
        .expect("parses")
        .into_assessment();
    let e = evaluate(pack(), &one);
    let current = r
        .units
        .iter()
        .find(|u| u.date == "2026-11-01")
        .expect("a current unit");
    assert_eq!(current.counts, e.counts);
    // Every item red in the sample is red in all 30 units, on as many assets as in the sample.
    let red_in_sample: Vec<&str> = e
        .findings
        .iter()
        .filter(|f| f.status == fingertip_core::engine::Status::RedLine)
        .map(|f| f.target.item.as_str())
        .collect();
    let first = &r.top_red[0];
    assert_eq!(first.units, 30);
    let rows_of_first = red_in_sample.iter().filter(|i| **i == first.id).count() as u64;
    assert_eq!(first.assets, 30 * rows_of_first);
    assert_eq!(first.unit_rows.len(), 30);
    assert_eq!(r.stale.len(), 5);
    assert_eq!(r.parts.len(), pack().parts.len());
    let chart_red: usize = r.parts.iter().map(|p| p.counts.red_line).sum();
    assert_eq!(chart_red, r.totals.counts.red_line);
    // The two sample apps, renamed the same in every unit, group by name.
    assert!(r
        .same_kind
        .iter()
        .any(|g| g.group.reason == SameKindReason::SameName && g.group.units == 30));
}

#[test]
fn filters_narrow_units_and_rows() {
    let intake = thirty_units();
    let r = plain(&intake);
    let top = &r.top_red[0];
    let by_item = Filter {
        red_item: Some(top.item),
        ..Filter::default()
    };
    let f = build(
        pack(),
        &intake,
        &by_item,
        TODAY,
        DEFAULT_STALE_DAYS,
        &Naming::Plain,
    );
    assert_eq!(f.totals.units, 30);
    let level = Filter {
        level: Some(fingertip_core::model::UnitLevel::Province),
        ..Filter::default()
    };
    let f = build(
        pack(),
        &intake,
        &level,
        TODAY,
        DEFAULT_STALE_DAYS,
        &Naming::Plain,
    );
    assert_eq!(f.totals.units, 0);
    let part = pack()
        .parts
        .iter()
        .position(|p| p.id == "A")
        .expect("part A");
    let by_part = Filter {
        part: Some(part),
        ..Filter::default()
    };
    let f = build(
        pack(),
        &intake,
        &by_part,
        TODAY,
        DEFAULT_STALE_DAYS,
        &Naming::Plain,
    );
    assert!(f.top_red.iter().all(|t| t.id.starts_with('A')));
    assert_eq!(f.units[0].counts, intake.units()[0].parts[part]);
}

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
