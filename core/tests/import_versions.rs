//! Every saved file of every past format version imports through the migration chain with
//! nothing lost: the same answers with the same notes, owners, deadlines and measures, the same
//! inventory. Lists `tests/fixtures/v*/`, so a new format only needs its fixture added.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use std::fs;
use std::path::{Path, PathBuf};

use fingertip_core::import::inspect;
use fingertip_core::pack::embedded;
use fingertip_core::save::{SavedFile, FORMAT_VERSION};
use serde_json::Value;

/// `(format version, fixture path)` for every file under `tests/fixtures/v<N>/`.
fn fixtures() -> Vec<(u64, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = Vec::new();
    for dir in fs::read_dir(&root)
        .expect("fixtures")
        .filter_map(Result::ok)
    {
        let name = dir.file_name().to_string_lossy().into_owned();
        let Some(version) = name.strip_prefix('v').and_then(|v| v.parse().ok()) else {
            continue;
        };
        for file in fs::read_dir(dir.path())
            .expect("version dir")
            .filter_map(Result::ok)
        {
            if file.path().extension().is_some_and(|x| x == "json") {
                out.push((version, file.path()));
            }
        }
    }
    out.sort();
    out
}

/// The text fields written around answers, wherever a format keeps them in an answer record.
const ANSWER_TEXT: [&str; 4] = ["note", "owner", "deadline", "measure"];

fn collect_text(value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match v {
                    Value::String(s) if ANSWER_TEXT.contains(&key.as_str()) => {
                        out.push((key.clone(), s.clone()));
                    }
                    _ => collect_text(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_text(v, out)),
        _ => {}
    }
}

/// The answers array of a file of any format: the first `answers` array found.
fn raw_answers(value: &Value) -> Option<&Vec<Value>> {
    match value {
        Value::Object(map) => map
            .get("answers")
            .and_then(Value::as_array)
            .or_else(|| map.values().find_map(raw_answers)),
        _ => None,
    }
}

fn imported_text(file: &SavedFile) -> Vec<(String, String)> {
    let answers = serde_json::to_value(&file.assessment.answers).expect("serialises");
    let mut out = Vec::new();
    collect_text(&answers, &mut out);
    out.sort();
    out
}

#[test]
fn every_past_format_version_has_a_fixture_and_none_is_from_the_future() {
    let versions: Vec<u64> = fixtures().iter().map(|(v, _)| *v).collect();
    for v in 1..=u64::from(FORMAT_VERSION) {
        assert!(versions.contains(&v), "no fixture for format v{v}");
    }
    assert!(versions.iter().all(|v| *v <= u64::from(FORMAT_VERSION)));
}

#[test]
fn every_fixture_imports_through_the_chain_with_nothing_lost() {
    let pack = embedded().expect("embedded pack");
    for (version, path) in fixtures() {
        let name = path.display();
        let bytes = fs::read(&path).expect("readable");
        let raw: Value = serde_json::from_slice(&bytes).expect("fixture is JSON");
        let p = inspect(&bytes, pack).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(p.format_version, version, "{name}");
        assert_eq!(p.file.format_version, FORMAT_VERSION, "{name}: migrated");
        assert!(
            !p.blocking && p.problems.is_empty(),
            "{name}: {:#?}",
            p.problems
        );
        // Only answers to items a release retired are set aside (kept in the file).
        assert!(
            p.unmapped
                .iter()
                .all(|r| pack.retired_item(&r.item).is_some())
                && p.ignored_fields.is_empty(),
            "{name}: {:?}",
            p.unmapped
        );

        let answers = raw_answers(&raw).expect("fixture has answers");
        assert_eq!(p.counts.answers, answers.len(), "{name}: answer count");
        let mut before = Vec::new();
        collect_text(&Value::Array(answers.clone()), &mut before);
        before.sort();
        assert!(!before.is_empty(), "{name}: a fixture should carry notes");
        assert_eq!(
            imported_text(&p.file),
            before,
            "{name}: notes, owners, deadlines"
        );

        let inv = &raw["assessment"]["inventory"];
        let count = |k: &str| inv[k].as_array().map_or(0, Vec::len);
        assert_eq!(
            (p.counts.apps, p.counts.accounts, p.counts.groups),
            (count("apps"), count("accounts"), count("groups")),
            "{name}: inventory"
        );
        assert_eq!(
            Some(p.unit.as_str()),
            raw["assessment"]["profile"]["name"].as_str(),
            "{name}"
        );
    }
}
