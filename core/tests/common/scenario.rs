//! Helpers for scenario tests against the embedded pack: the pack, and verdicts as string slices.

use fingertip_core::engine::{Evaluation, Filing, Overall};
use fingertip_core::pack::{embedded, Pack};

pub fn pack() -> &'static Pack {
    embedded().expect("the embedded pack parses")
}

pub fn verdict(eval: &Evaluation) -> (Overall, Vec<&str>) {
    (
        eval.verdict.overall,
        eval.verdict.reasons.iter().map(String::as_str).collect(),
    )
}

pub fn filing(eval: &Evaluation) -> Vec<(&str, Filing, Vec<&str>)> {
    eval.filing
        .iter()
        .map(|f| {
            (
                f.app.as_str(),
                f.verdict,
                f.reasons.iter().map(String::as_str).collect(),
            )
        })
        .collect()
}
