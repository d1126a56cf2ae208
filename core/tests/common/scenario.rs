//! Helpers for scenario tests against the embedded pack: the pack, and verdicts as string slices.

use fingertip_core::engine::{evaluate, Evaluation, Filing, Finding, Overall};
use fingertip_core::model::Assessment;
use fingertip_core::pack::Confidence;
use fingertip_core::pack::{embedded, Pack};
use fingertip_core::save::{parse, to_json};

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

/// Saves, re-opens and evaluates `a`, as a unit's file would be.
pub fn judged(a: &Assessment) -> Evaluation {
    let file = parse(&to_json(pack(), a)).expect("a saved file parses");
    evaluate(pack(), &file.into_assessment())
}

/// (document, confidence) of each citation of a finding.
pub fn cites(f: &Finding) -> Vec<(&str, Confidence)> {
    f.basis
        .iter()
        .map(|b| (b.document.as_str(), b.confidence))
        .collect()
}
