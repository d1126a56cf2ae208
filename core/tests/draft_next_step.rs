//! Opening a draft lands on the first step that still needs input.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::builder::Unit;
use common::scenario::{judged, pack};
use fingertip_core::draft::{next_step, summarize, NextStep};

#[test]
fn an_unnamed_unit_opens_at_the_unit_step_even_with_answers() {
    let a = Unit::new(pack()).app("app-1", "应用").build();
    let mut unnamed = a.clone();
    unnamed.profile.name = "  ".into();
    assert_eq!(next_step(&unnamed, &judged(&unnamed)), NextStep::Unit);
}

#[test]
fn a_named_unit_with_nothing_listed_and_nothing_answered_opens_at_the_inventory() {
    let mut a = Unit::new(pack()).build();
    a.answers.clear();
    assert_eq!(next_step(&a, &judged(&a)), NextStep::Inventory);
}

#[test]
fn unanswered_rows_open_the_check_and_a_complete_draft_opens_the_result() {
    let done = Unit::new(pack()).app("app-1", "应用").build();
    assert_eq!(summarize(&done, &judged(&done)).next_step, NextStep::Result);
    let open = Unit::new(pack())
        .app("app-1", "应用")
        .skip("B4.1", "app-1")
        .build();
    assert_eq!(next_step(&open, &judged(&open)), NextStep::Check);
}

#[test]
fn an_old_index_line_without_the_field_opens_the_check() {
    let line = r#"{"id":"d","unit":"某单位","purpose":"periodic","updated":"2026-01-01T00:00:00Z","progress":10,"red_lines":0}"#;
    let s: fingertip_core::draft::DraftSummary =
        serde_json::from_str(line).expect("old line reads");
    assert_eq!(s.next_step, NextStep::Check);
}
