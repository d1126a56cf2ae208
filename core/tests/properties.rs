//! Property tests on random units against the embedded pack: evaluation never panics, counts add
//! up everywhere, every problem gets exactly one rectification row, and saving round-trips.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::random_unit::{assessment, pack, raw};
use fingertip_core::engine::{applicable_targets, evaluate, rectification_rows, Counts, Status};
use fingertip_core::model::Assessment;
use fingertip_core::pack::Severity;
use fingertip_core::save::{parse, to_json, validate};
use proptest::prelude::*;

fn assert_adds_up(c: &Counts, total: usize) {
    assert_eq!(
        c.compliant + c.advisory + c.red_line + c.not_applicable + c.unanswered + c.undetermined,
        total
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn evaluation_adds_up_and_never_panics(raw in raw()) {
        let a = assessment(raw);
        let targets = applicable_targets(pack(), &a);
        let eval = evaluate(pack(), &a);
        prop_assert_eq!(eval.findings.len(), targets.len());
        assert_adds_up(&eval.counts, targets.len());
        let part_total: usize = eval.parts.iter().map(|p| p.total).sum();
        let article_total: usize = eval.articles.iter().map(|p| p.total).sum();
        prop_assert_eq!(part_total, targets.len());
        prop_assert_eq!(article_total, targets.len());
        for s in eval.parts.iter().chain(&eval.articles) {
            assert_adds_up(&s.counts, s.total);
            prop_assert_eq!(s.answered + s.counts.unanswered + s.counts.undetermined, s.total);
        }
        prop_assert_eq!(eval.unanswered().len(), eval.counts.unanswered + eval.counts.undetermined);
        // Only apps the unit hosts get a filing verdict.
        prop_assert_eq!(eval.filing.len(), a.inventory.apps.iter().filter(|x| x.hosted()).count());
        prop_assert!(eval.completion_percent <= 100);
    }

    #[test]
    fn every_problem_has_exactly_one_rectification_row(raw in raw()) {
        let a = assessment(raw);
        let eval = evaluate(pack(), &a);
        let rows = rectification_rows(pack(), &a, &eval);
        prop_assert_eq!(rows.len(), eval.counts.advisory + eval.counts.red_line);
        for (i, r) in rows.iter().enumerate() {
            prop_assert_eq!(r.no, i + 1);
        }
        let reds = rows.iter().take_while(|r| r.severity == Severity::RedLine).count();
        prop_assert_eq!(reds, eval.counts.red_line);
        let mut problems: Vec<_> = eval
            .findings
            .iter()
            .filter(|f| matches!(f.status, Status::Advisory | Status::RedLine))
            .map(|f| (f.target.item.clone(), f.target.asset.clone(), f.target.scope))
            .collect();
        let mut keyed: Vec<_> = rows
            .iter()
            .map(|r| {
                let scope = eval.findings.iter().find(|f| f.target.item == r.item && f.target.asset == r.asset).map(|f| f.target.scope);
                (r.item.clone(), r.asset.clone(), scope.expect("row names a finding"))
            })
            .collect();
        problems.sort();
        keyed.sort();
        prop_assert_eq!(problems, keyed);
    }

    #[test]
    fn save_parse_from_body_round_trips(raw in raw()) {
        let a = assessment(raw);
        let json = to_json(pack(), &a);
        let file = parse(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let _ = validate(pack(), &file);
        prop_assert_eq!(Assessment::from_body(file.assessment), a);
    }
}
