//! Fuzzing `inspect` and `inspect_backup`: arbitrary bytes, byte-level mutations of the valid
//! fixture (flips, truncations, insertions, splices of JSON fragments) and tree-level mutations
//! that reach validation. No input may panic; every error must carry a Chinese message; every
//! preview must re-import as the same file.
//!
//! The long run is not part of `cargo test`:
//! `FUZZ_CASES=1000000 cargo test -p fingertip-core --release --test import_fuzz -- --ignored --nocapture`
//! (`FUZZ_CASES` defaults to 1 000 000). A few hundred cases run with the normal tests.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use fingertip_core::import::{
    inspect, inspect_backup, is_blocking, BackupPreview, ImportError, Preview, BACKUP_KIND,
};
use fingertip_core::pack::{embedded, Pack};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::Value;

#[path = "import_fuzz/mutate.rs"]
mod mutate;

use mutate::{input, mutate_bytes, mutate_tree, Input};

const FIXTURE: &[u8] = include_bytes!("fixtures/v1/county-hrss.json");

fn is_chinese(message: &str) -> bool {
    message
        .chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

fn check_error(e: &ImportError) -> Result<(), TestCaseError> {
    prop_assert!(!e.kind().is_empty());
    let message = e.to_string();
    prop_assert!(is_chinese(&message), "not Chinese: {message}");
    Ok(())
}

fn check_preview(p: &Preview, pack: &Pack) -> Result<(), TestCaseError> {
    for m in p.problems.iter().map(|i| &i.message) {
        prop_assert!(is_chinese(m), "problem not Chinese: {m}");
    }
    for m in p.warnings.iter().map(|w| &w.message) {
        prop_assert!(is_chinese(m), "warning not Chinese: {m}");
    }
    prop_assert_eq!(p.blocking, p.problems.iter().any(|i| is_blocking(i, pack)));
    prop_assert_eq!(p.counts.answers, p.file.assessment.answers.len());
    for r in &p.unmapped {
        prop_assert!(
            p.file.assessment.answers.contains(r),
            "unmapped answer dropped"
        );
    }
    let again = serde_json::to_vec(&p.file).map_err(|e| TestCaseError::fail(e.to_string()))?;
    match inspect(&again, pack) {
        Ok(q) => prop_assert_eq!(&q.file, &p.file, "re-import changed the file"),
        Err(e) => prop_assert!(false, "re-import refused: {}", e),
    }
    Ok(())
}

/// How often each outcome occurred, to show the run reached validation and not just the parser.
static OUTCOMES: Mutex<BTreeMap<&'static str, u64>> = Mutex::new(BTreeMap::new());

fn count(outcome: &'static str) {
    if let Ok(mut map) = OUTCOMES.lock() {
        *map.entry(outcome).or_default() += 1;
    }
}

fn check_result(r: &Result<Preview, ImportError>, pack: &Pack) -> Result<(), TestCaseError> {
    count(match r {
        Ok(p) if p.blocking => "ok (blocking)",
        Ok(p) if p.problems.is_empty() => "ok (clean)",
        Ok(_) => "ok (with problems)",
        Err(e) => e.kind(),
    });
    match r {
        Ok(p) => check_preview(p, pack),
        Err(e) => check_error(e),
    }
}

fn check_backup(r: &Result<BackupPreview, ImportError>, pack: &Pack) -> Result<(), TestCaseError> {
    match r {
        Ok(b) => {
            for d in &b.drafts {
                check_result(d, pack)?;
            }
            for q in &b.quarantined {
                check_result(&q.result, pack)?;
            }
            Ok(())
        }
        Err(e) => check_error(e),
    }
}

fn run(cases: u32) {
    let pack = embedded().expect("embedded pack");
    let base: Value = serde_json::from_slice(FIXTURE).expect("fixture");
    let executed = AtomicU64::new(0);
    let start = Instant::now();
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    let result = TestRunner::new(config).run(&input(), |input| {
        executed.fetch_add(1, Ordering::Relaxed);
        match &input {
            Input::Bytes(bytes) => check_result(&inspect(bytes, pack), pack),
            Input::Mutated(ops) => check_result(&inspect(&mutate_bytes(ops), pack), pack),
            Input::Tree(ops) => {
                let bytes = serde_json::to_vec(&mutate_tree(&base, ops)).unwrap_or_default();
                check_result(&inspect(&bytes, pack), pack)
            }
            Input::Backup(ops) => {
                let backup = serde_json::json!({
                    "kind": BACKUP_KIND, "format_version": 1, "exported": "2026-07-01",
                    "drafts": [base, mutate_tree(&base, ops)],
                    "quarantined": [{"key": "k", "raw": "{"}],
                });
                let bytes = serde_json::to_vec(&mutate_tree(&backup, ops)).unwrap_or_default();
                check_result(&inspect(&bytes, pack), pack)?;
                check_backup(&inspect_backup(&bytes, pack), pack)
            }
        }
    });
    let n = executed.load(Ordering::Relaxed);
    println!(
        "import_fuzz: {n} cases executed in {:.1} s",
        start.elapsed().as_secs_f64()
    );
    if let Ok(map) = OUTCOMES.lock() {
        println!("import_fuzz: outcomes {map:?}");
    }
    if let Err(e) = result {
        panic!("{e}");
    }
}

#[test]
fn inspect_never_panics_on_a_few_hundred_inputs() {
    run(300);
}

#[test]
#[ignore = "long fuzz run: FUZZ_CASES=1000000 cargo test -p fingertip-core --release --test import_fuzz -- --ignored --nocapture"]
fn inspect_never_panics_fuzz() {
    let cases = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(1_000_000);
    run(cases);
}
