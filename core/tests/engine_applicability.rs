//! Applicability on the small synthetic pack: which (item, asset) rows apply, in which order,
//! under which filters, and that the test builder answers them all.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::builder::Unit;
use common::engine::*;
use common::synthetic;
use fingertip_core::engine::*;
use fingertip_core::model::*;

#[test]
fn targets_follow_pack_order_then_inventory_order_with_filters() {
    let pack = synthetic::pack();
    let a = base(&pack).build();
    let got: Vec<String> = applicable_targets(&pack, &a)
        .iter()
        .map(|t| format!("{} {}", t.item, t.asset))
        .collect();
    let want = [
        "U1 unit",
        "A1 app-1",
        "A1 app-2",
        "A2 app-1",
        "A2 app-2",
        "A3 app-1",
        "A3 app-2",
        "C1 acct-1",
        "C1 acct-2",
        "G1 grp-1",
        "F1 app-1",
        "F1 app-2",
        "N1 unit",
        "B1.2 unit",
        "B1.2 app-1",
        "B1.2 app-2",
        "M1 app-1",
        "M1 app-2",
        "M1 acct-1",
        "M1 acct-2",
    ];
    assert_eq!(got, want);
}

#[test]
fn targets_carry_scope_and_display_label() {
    let pack = synthetic::pack();
    let a = base(&pack).build();
    let targets = applicable_targets(&pack, &a);
    let label = |item: &str, asset: &str| {
        let t = targets
            .iter()
            .find(|t| t.item == item && t.asset == asset)
            .expect("target");
        (t.scope, t.label.clone())
    };
    use fingertip_core::pack::Scope;
    assert_eq!(label("U1", "unit"), (Scope::Unit, "某市数据局".to_string()));
    assert_eq!(label("A1", "app-1"), (Scope::App, "办公通".to_string()));
    assert_eq!(
        label("C1", "acct-1"),
        (Scope::Account, "某市发布(微信公众号)".to_string())
    );
    assert_eq!(
        label("G1", "grp-1"),
        (Scope::Group, "专班群(微信)".to_string())
    );
}

#[test]
fn unit_filters_follow_the_profile() {
    let pack = synthetic::pack();
    let a = Unit::new(&pack)
        .unit("某镇政府", UnitLevel::Township)
        .supervising()
        .build();
    let items: Vec<String> = applicable_targets(&pack, &a)
        .into_iter()
        .map(|t| t.item.into_string())
        .collect();
    assert_eq!(items, ["U1", "S1", "T1", "N1", "B1.2"]);
}

#[test]
fn the_builder_answers_everything_compliantly() {
    let pack = synthetic::pack();
    let a = base(&pack).build();
    let eval = evaluate(&pack, &a);
    assert_eq!(eval.counts.compliant, eval.findings.len());
    assert_eq!(eval.verdict.overall, Overall::Compliant);
    assert_eq!(eval.verdict.reasons, ["全部 20 项均符合要求或不适用"]);
    assert_eq!(eval.completion_percent, 100);
}
