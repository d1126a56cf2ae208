//! `import::check` (the roll-up's import checks, without the preview) against `import::inspect_with`
//! (打开文件): the same error for every file refused, and for every readable file the same
//! migrated content, the same problems and the same blocking flag — over the whole bad-file
//! corpus, the format fixtures, a file with an overlay, and a few hundred mutated files.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use std::fs;
use std::path::Path;

use fingertip_core::import::{check, inspect_with, released_snapshots};
use fingertip_core::pack::{embedded, Pack};
use fingertip_core::sample::SAMPLE_JSON;
use proptest::prelude::prop;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{json, Value};

#[path = "import_fuzz/mutate.rs"]
mod mutate;

use mutate::{input, mutate_bytes, mutate_tree, Input};

/// The file the mutations start from (`mutate` reads it from here).
const FIXTURE: &[u8] = include_bytes!("fixtures/v1/county-hrss.json");

fn pack() -> &'static Pack {
    embedded().expect("embedded pack")
}

/// Why `bytes` gave different answers from the two paths, if they did.
fn difference(bytes: &[u8]) -> Option<String> {
    let pack = pack();
    match (
        inspect_with(bytes, pack, released_snapshots()),
        check(bytes, pack),
    ) {
        (Err(a), Err(b)) => (a != b).then(|| format!("errors differ: {a:?} / {b:?}")),
        (Ok(p), Ok(c)) => {
            let mut file = c.file.clone();
            if !p.seal.keeps_finalised() {
                // The preview opens a file whose seal does not hold as not finalised.
                file.assessment.finalisation.finalised = None;
            }
            if p.file != file {
                Some("migrated files differ".into())
            } else if p.problems != c.problems {
                Some(format!(
                    "problems differ: {:?} / {:?}",
                    p.problems, c.problems
                ))
            } else if p.blocking != c.blocking {
                Some(format!("blocking differs: {} / {}", p.blocking, c.blocking))
            } else {
                None
            }
        }
        (a, b) => Some(format!("one refused, one read: {a:?} / {b:?}")),
    }
}

fn fixtures(dir: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir);
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("fixture folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json" || x == "txt"))
        .map(|p| (p.display().to_string(), fs::read(&p).expect("readable")))
        .collect();
    files.sort();
    files
}

#[test]
fn the_corpus_and_the_format_fixtures_give_the_same_outcome_both_ways() {
    let files: Vec<_> = ["bad", "v1", "v2"]
        .iter()
        .flat_map(|d| fixtures(d))
        .collect();
    assert!(files.len() > 60, "{} files", files.len());
    let readable = files
        .iter()
        .filter(|(_, b)| check(b, pack()).is_ok())
        .count();
    assert!(readable >= 15, "{readable} readable files");
    for (name, bytes) in &files {
        assert_eq!(difference(bytes), None, "{name}");
    }
}

#[test]
fn a_file_with_an_overlay_is_judged_on_the_merged_pack_both_ways() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../content/overlays/sichuan-four-rules.json"
    );
    let overlay: Value =
        serde_json::from_str(&fs::read_to_string(path).expect("committed")).expect("json");
    let mut v: Value = serde_json::from_str(SAMPLE_JSON).expect("sample");
    v["assessment"]["overlays"] = json!([overlay]);
    let bytes = serde_json::to_vec(&v).expect("json");
    let checked = check(&bytes, pack()).expect("readable");
    assert!(checked.pack.items.len() > pack().items.len());
    assert_eq!(difference(&bytes), None);
    // A tampered overlay is refused the same way.
    v["assessment"]["overlays"][0]["title"] = "改过的标题".into();
    let tampered = serde_json::to_vec(&v).expect("json");
    assert!(check(&tampered, pack()).is_err());
    assert_eq!(difference(&tampered), None);
}

#[test]
fn mutated_files_give_the_same_outcome_both_ways() {
    let base: Value = serde_json::from_slice(FIXTURE).expect("fixture");
    let config = Config {
        cases: 300,
        failure_persistence: None,
        ..Config::default()
    };
    let result = TestRunner::new(config).run(&input(), |input| {
        let bytes = match &input {
            Input::Bytes(bytes) => bytes.clone(),
            Input::Mutated(ops) => mutate_bytes(ops),
            Input::Tree(ops) | Input::Backup(ops) => {
                serde_json::to_vec(&mutate_tree(&base, ops)).unwrap_or_default()
            }
        };
        match difference(&bytes) {
            None => Ok(()),
            Some(why) => Err(TestCaseError::fail(why)),
        }
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// The sample as the app writes a file today (the format the roll-up's one-pass read takes).
fn current_sample() -> Value {
    let file = fingertip_core::save::parse(SAMPLE_JSON).expect("sample");
    serde_json::to_value(file).expect("json")
}

#[test]
fn current_format_files_give_the_same_outcome_both_ways() {
    let base = current_sample();
    assert_eq!(base["format_version"], fingertip_core::save::FORMAT_VERSION);
    let text = serde_json::to_string(&base).expect("json");
    assert!(check(text.as_bytes(), pack()).is_ok());
    let with = |f: &dyn Fn(&mut Value)| {
        let mut v = base.clone();
        f(&mut v);
        serde_json::to_string(&v).expect("json")
    };
    let long = |n: usize| {
        with(&|v: &mut Value| v["assessment"]["answers"][0]["note"] = "字".repeat(n).into())
    };
    let cases: Vec<(&str, String)> = vec![
        ("as written", text.clone()),
        ("pretty", serde_json::to_string_pretty(&base).expect("json")),
        // A key given twice inside an answer, and at the top level.
        (
            "nested duplicate",
            text.replacen("\"item\":", "\"item\":\"A1.1\",\"item\":", 1),
        ),
        (
            "top duplicate",
            text.replacen('{', "{\"pack_id\":\"x\",", 1),
        ),
        // The key a backup declares itself by.
        (
            "kind",
            text.replacen('{', "{\"kind\":\"fingertip-backup\",", 1),
        ),
        ("other kind", text.replacen('{', "{\"kind\":\"note\",", 1)),
        // Over the byte bound but not the character limit, and over the character limit.
        ("long bytes", long(4_000)),
        ("too long", long(10_001)),
        ("other pack", with(&|v| v["pack_id"] = "other-pack".into())),
        ("older label", with(&|v| v["format_version"] = 2.into())),
        ("future", with(&|v| v["format_version"] = 99.into())),
        ("float version", with(&|v| v["format_version"] = 3.0.into())),
        (
            "too many groups",
            with(&|v| {
                let g = v["assessment"]["inventory"]["groups"][0].clone();
                v["assessment"]["inventory"]["groups"] = Value::Array(vec![g; 501]);
            }),
        ),
        (
            "bad answer",
            with(&|v| v["assessment"]["answers"][0]["value"] = json!({"type": "x"})),
        ),
        (
            "escaped keys",
            text.replacen("\"pack_id\"", "\"pack\\u005fid\"", 1),
        ),
    ];
    for (name, text) in &cases {
        assert_eq!(difference(text.as_bytes()), None, "{name}");
    }
    assert!(
        check(cases[2].1.as_bytes(), pack()).is_err(),
        "a repeated key is refused"
    );
    assert!(
        check(cases[6].1.as_bytes(), pack()).is_ok(),
        "4,000 characters are within the limit"
    );
    assert!(check(cases[7].1.as_bytes(), pack()).is_err());
}

#[test]
fn mutated_current_format_files_give_the_same_outcome_both_ways() {
    let base = current_sample();
    let config = Config {
        cases: 200,
        failure_persistence: None,
        ..Config::default()
    };
    let tree = prop::collection::vec(mutate::tree_op(), 1..4);
    let result = TestRunner::new(config).run(&tree, |ops| {
        let bytes = serde_json::to_vec(&mutate_tree(&base, &ops)).unwrap_or_default();
        match difference(&bytes) {
            None => Ok(()),
            Some(why) => Err(TestCaseError::fail(why)),
        }
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
