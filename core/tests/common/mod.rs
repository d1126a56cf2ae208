//! Shared test helpers: a small synthetic pack for engine unit tests, and a builder of realistic
//! assessments that answers every applicable item compliantly unless a test says otherwise.
#![allow(dead_code)] // each test binary uses a different subset

pub mod builder;
pub mod chain;
pub mod corpus;
pub mod engine;
pub mod random_unit;
pub mod rollup;
pub mod sample;
pub mod scenario;
pub mod store;
pub mod synthetic;

use fingertip_core::engine::{Evaluation, Finding, Status};

/// Every problem or gap of an evaluation as (item, asset, status), in finding order:
/// the exact list a scenario asserts.
pub fn problems(eval: &Evaluation) -> Vec<(String, String, Status)> {
    eval.findings
        .iter()
        .filter(|f| {
            matches!(
                f.status,
                Status::Advisory | Status::RedLine | Status::Unanswered
            )
        })
        .map(|f| {
            (
                f.target.item.to_string(),
                f.target.asset.to_string(),
                f.status,
            )
        })
        .collect()
}

/// Builds an expected `problems` list from string slices.
pub fn expect(rows: &[(&str, &str, Status)]) -> Vec<(String, String, Status)> {
    rows.iter()
        .map(|(i, a, s)| (i.to_string(), a.to_string(), *s))
        .collect()
}

/// The finding of `item` for `asset`; panics in the test when there is none.
pub fn finding<'e>(eval: &'e Evaluation, item: &str, asset: &str) -> &'e Finding {
    eval.findings
        .iter()
        .find(|f| f.target.item == item && f.target.asset == asset)
        .expect("finding exists")
}

/// The `.json` files of `dir` (relative to the core crate), sorted by path, with their text.
pub fn json_files(dir: &str) -> Vec<(std::path::PathBuf, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text =
                std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p, text)
        })
        .collect()
}
