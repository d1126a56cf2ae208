//! The `fingertip` binary end to end: exit codes of `check`, and `rollup` over a directory with
//! a bad file and a duplicate into XLSX (read back with calamine), CSV and JSONL — the JSONL
//! loaded into SQLite by scripts/rollup-query.py (Python's sqlite3), as docs/rollup.md shows.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader, Xlsx};
use fingertip_core::sample::SAMPLE_JSON;
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_fingertip");
const NAMES: [&str; 3] = ["东山县民政局", "西河市文明办", "南湖区团委"];

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fingertip-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).expect("temp dir");
    dir
}

fn unit(name: &str, id: &str, updated: &str) -> String {
    let mut v: Value = serde_json::from_str(SAMPLE_JSON).expect("sample");
    v["assessment"]["id"] = id.into();
    v["assessment"]["updated"] = updated.into();
    v["assessment"]["profile"]["name"] = name.into();
    v.to_string()
}

/// Three units, an older version of the first (in a subdirectory), and a cut-off file.
fn units_dir(name: &str) -> PathBuf {
    let dir = scratch(name);
    for (i, n) in NAMES.iter().enumerate() {
        let path = dir.join(format!("{n}.json"));
        std::fs::write(path, unit(n, &format!("d{i}"), "2026-11-01T16:30:00Z")).expect("write");
    }
    let old = unit(NAMES[0], "d0", "2026-10-01T16:30:00Z");
    std::fs::write(dir.join("sub/旧版.json"), old).expect("write");
    std::fs::write(dir.join("坏文件.json"), &SAMPLE_JSON[..500]).expect("write");
    std::fs::write(dir.join("说明.txt"), "not a json file, skipped").expect("write");
    dir
}

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(BIN).args(args).output().expect("runs");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn check_prints_verdicts_and_exit_codes_tell_red_lines_from_unreadable_files() {
    let dir = units_dir("check");
    let good = dir.join(format!("{}.json", NAMES[1]));
    let (code, text) = run(&["check", path(&good)]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("西河市文明办 — 存在红线问题"), "{text}");
    assert!(text.contains("已备案"), "{text}");
    assert!(text.contains("整改后再提交"), "{text}");
    let (code, text) = run(&["check", path(&good), path(&dir.join("坏文件.json"))]);
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("被截断"), "{text}");
    let (code, _) = run(&["check", path(&dir.join("missing.json"))]);
    assert_eq!(code, 2);
    assert_eq!(run(&["check"]).0, 64);
    assert_eq!(run(&["rollup", path(&dir)]).0, 64);
}

#[test]
fn rollup_to_xlsx_counts_units_once_and_lists_the_bad_file() {
    let dir = units_dir("xlsx");
    let out = dir.join("roll-up.xlsx");
    let (code, text) = run(&[
        "rollup",
        path(&dir),
        "--out",
        path(&out),
        "--today",
        "2026-12-01",
    ]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("读取 5 个文件"), "{text}");
    assert!(text.contains("计入 3 个单位,未读取 1,重复 1"), "{text}");
    assert!(text.contains("内存峰值") && text.contains("MiB"), "{text}");
    let bytes = std::fs::read(&out).expect("xlsx written");
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).expect("valid xlsx");
    let units = book.worksheet_range("单位汇总").expect("units sheet");
    assert_eq!(units.rows().count(), 4);
    let rejected = book.worksheet_range("未读取文件").expect("rejected sheet");
    let row: Vec<Data> = rejected.rows().nth(1).expect("one rejected").to_vec();
    assert_eq!(row[0], Data::String("坏文件.json".into()));
    let dups = book.worksheet_range("重复文件").expect("duplicates sheet");
    let row: Vec<Data> = dups.rows().nth(1).expect("one duplicate").to_vec();
    assert_eq!(row[2], Data::String("sub/旧版.json".into()));
}

#[test]
fn jsonl_loads_into_sqlite_and_the_example_query_runs() {
    let dir = units_dir("jsonl");
    let out = dir.join("roll-up.jsonl");
    let (code, text) = run(&[
        "rollup",
        path(&dir),
        "--out",
        path(&out),
        "--today",
        "2026-12-01",
    ]);
    assert_eq!(code, 0, "{text}");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../scripts/rollup-query.py");
    let q = Command::new("python3")
        .args([script, path(&out)])
        .output()
        .expect("python3 runs");
    assert!(q.status.success(), "{}", String::from_utf8_lossy(&q.stderr));
    let printed = String::from_utf8_lossy(&q.stdout);
    let mut lines = printed.lines();
    assert_eq!(lines.next(), Some("units\t3\tfiles_read\t5\trejected\t1"));
    // The sample has 9 red rows; every item red in it is red in all three units.
    let top: Vec<&str> = lines.collect();
    assert!(!top.is_empty());
    assert!(
        top.iter().all(|l| l.split('\t').nth(1) == Some("3")),
        "{printed}"
    );
    let rows: usize = top
        .iter()
        .filter_map(|l| l.split('\t').nth(2)?.parse::<usize>().ok())
        .sum();
    assert_eq!(rows, 3 * 9, "{printed}");
}

#[test]
fn anonymised_outputs_name_no_unit_and_say_what_was_removed() {
    let dir = units_dir("anon");
    for ext in ["jsonl", "csv", "xlsx"] {
        let out = dir.join(format!("anon.{ext}"));
        let (code, text) = run(&[
            "rollup",
            path(&dir),
            "--out",
            path(&out),
            "--anonymise",
            "--key",
            "k",
        ]);
        assert_eq!(code, 0, "{text}");
        let bytes = std::fs::read(&out).expect("written");
        let body = String::from_utf8_lossy(&bytes);
        for n in NAMES
            .iter()
            .chain(&["办公室张某", "示例县", "坏文件", "旧版"])
        {
            assert!(!body.contains(n), "{ext} holds {n}");
        }
        let notice = if ext == "jsonl" {
            "单位名称"
        } else {
            "本文件已匿名化"
        };
        assert!(body.contains(notice), "{ext} lacks the removed list");
    }
}
