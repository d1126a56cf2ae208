//! Every saved file of every past format still opens: it parses, validates clean against the
//! embedded pack, evaluates, and saves back to the same assessment.

mod common;

use fingertip_core::engine::{evaluate, Status};
use fingertip_core::pack::embedded;
use fingertip_core::save::{parse, to_json, validate, FORMAT_VERSION};

fn fixtures(version: u32) -> Vec<(String, String)> {
    common::json_files(&format!("tests/fixtures/v{version}"))
        .into_iter()
        .map(|(p, text)| (p.display().to_string(), text))
        .collect()
}

#[test]
fn every_format_version_has_a_fixture() {
    for version in 1..=FORMAT_VERSION {
        assert!(
            !fixtures(version).is_empty(),
            "no fixture for format v{version}"
        );
    }
}

#[test]
fn v1_fixtures_parse_validate_clean_and_round_trip() {
    let pack = embedded().expect("embedded pack");
    for (name, json) in fixtures(1) {
        let file = parse(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
        let issues = validate(pack, &file);
        assert!(issues.is_empty(), "{name}: {issues:#?}");
        let assessment = file.clone().into_assessment();
        let eval = evaluate(pack, &assessment);
        assert_eq!(eval.counts.total(), eval.findings.len(), "{name}");
        assert_eq!(
            eval.counts.unanswered, 0,
            "{name}: fixtures are complete assessments"
        );
        let again = parse(&to_json(pack, &assessment)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(again.assessment, file.assessment, "{name}");
        assert_eq!(again.into_assessment(), assessment, "{name}");
    }
}

#[test]
fn the_county_fixture_judges_as_saved() {
    let pack = embedded().expect("embedded pack");
    let json = include_str!("fixtures/v1/county-hrss.json");
    let a = parse(json).expect("parses").into_assessment();
    let eval = evaluate(pack, &a);
    let problems: Vec<_> = eval
        .findings
        .iter()
        .filter(|f| f.status != Status::Compliant)
        .map(|f| (f.target.item.as_str(), f.target.asset.as_str(), f.status))
        .collect();
    assert_eq!(
        problems,
        [
            ("B3.2", "app-1", Status::Advisory),
            ("C6.4", "grp-1", Status::RedLine),
            ("C9.3", "unit", Status::Advisory),
            ("E14.1", "app-1", Status::NotApplicable),
        ]
    );
}
