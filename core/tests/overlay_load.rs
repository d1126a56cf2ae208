//! The example overlay (Sichuan's 四个一律) loads, its items are judged like national ones and
//! carry their source; a draft answered with it round-trips through export and import in a
//! browser that never loaded it; a newer overlay version migrates the draft.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::builder::Unit;
use common::scenario::pack;
use common::{finding, json_files};
use fingertip_core::engine::{evaluate, Status};
use fingertip_core::import::inspect;
use fingertip_core::model::{AssetId, ItemId, UnitLevel};
use fingertip_core::overlay::{self, Overlay};
use fingertip_core::pack::Confidence;
use fingertip_core::save::{self, to_json};

fn example() -> Overlay {
    let (_, text) = json_files("../content/overlays")
        .into_iter()
        .find(|(p, _)| p.ends_with("sichuan-four-rules.json"))
        .expect("the example overlay's JSON form is committed");
    overlay::load(&text, pack()).expect("the example overlay loads")
}

#[test]
fn example_overlay_loads_with_its_stated_hash() {
    let o = example();
    assert_eq!(o.id, "sichuan-four-rules");
    assert_eq!(o.hash, overlay::content_hash(&o));
    assert_eq!(o.hash.len(), 16);
    let p = overlay::preview(&o, pack());
    assert_eq!(p.added_items.len(), 2);
    assert!(p.added_items[0].starts_with("SC1.1 "));
    assert!(p.facts.iter().any(|(k, v)| k == "性质" && v == "地方规定"));
}

#[test]
fn merged_pack_keeps_every_national_item_unchanged() {
    let merged = overlay::apply(pack(), &[example()]).expect("merges");
    for national in &pack().items {
        assert_eq!(merged.item(&national.id), Some(national));
    }
    assert_eq!(merged.items.len(), pack().items.len() + 2);
    assert_eq!(merged.id, pack().id);
    assert_eq!(merged.version, pack().version);
    let sc = merged.item("SC1.1").expect("added");
    assert_eq!(sc.source.as_deref(), Some("sichuan-four-rules"));
    let stamp = overlay::source_of(&merged, sc).expect("source stamp");
    assert_eq!(
        stamp.label(),
        "地方规定 · 四川省“四个一律”补充自查(示例) 1.0.0 版"
    );
    assert!(overlay::source_of(&merged, &pack().items[0]).is_none());
}

#[test]
fn overlay_items_are_judged_and_cite_local_rules() {
    let o = example();
    let merged = overlay::apply(pack(), std::slice::from_ref(&o)).expect("merges");
    let city = Unit::new(&merged)
        .number("SC1.1", "unit", 3.0)
        .edit(|a| a.overlays = vec![o.clone()])
        .build();
    let eval = evaluate(&merged, &city);
    let f = finding(&eval, "SC1.1", "unit");
    assert_eq!(f.status, Status::RedLine);
    assert_eq!(f.basis[0].confidence, Confidence::LocalRule);
    assert_eq!(f.basis[0].confidence.label(), "地方规定");
    assert!(f.reasons[0].contains("四个一律"));
    assert!(eval.findings.iter().all(|f| f.target.item != "SC1.2"));
    let one = Unit::new(&merged).number("SC1.1", "unit", 1.0).build();
    assert_eq!(
        finding(&evaluate(&merged, &one), "SC1.1", "unit").status,
        Status::Compliant
    );
    let county = Unit::new(&merged)
        .unit("某县数据局", UnitLevel::County)
        .choice("SC1.2", "unit", "yes")
        .build();
    let eval = evaluate(&merged, &county);
    assert_eq!(finding(&eval, "SC1.2", "unit").status, Status::RedLine);
    assert!(eval.findings.iter().all(|f| f.target.item != "SC1.1"));
}

#[test]
fn a_draft_with_an_overlay_round_trips_where_the_overlay_was_never_loaded() {
    let o = example();
    let merged = overlay::apply(pack(), std::slice::from_ref(&o)).expect("merges");
    let a = Unit::new(&merged)
        .number("SC1.1", "unit", 2.0)
        .edit(|a| a.overlays = vec![o.clone()])
        .build();
    let json = to_json(&merged, &a);
    assert!(json.contains("\"overlays\""));
    // The other browser knows only the national pack.
    let preview = inspect(json.as_bytes(), pack()).expect("imports");
    assert!(preview.problems.is_empty(), "{:?}", preview.problems);
    assert!(preview.unmapped.is_empty());
    let opened = preview.file.into_assessment();
    assert_eq!(opened, a);
    let there = overlay::apply(pack(), &opened.overlays).expect("the carried copy merges");
    let eval = evaluate(&there, &opened);
    assert_eq!(finding(&eval, "SC1.1", "unit").status, Status::RedLine);
}

#[test]
fn files_without_overlays_are_written_as_before() {
    let a = Unit::new(pack()).build();
    assert!(!to_json(pack(), &a).contains("overlays"));
    let back = save::parse(&to_json(pack(), &a)).expect("parses");
    assert!(back.assessment.overlays.is_empty());
}

#[test]
fn a_tampered_copy_in_a_file_is_refused_with_the_reason() {
    let mut o = example();
    let merged = overlay::apply(pack(), std::slice::from_ref(&o)).expect("merges");
    o.items[0].question = "改过的题目".into();
    let a = Unit::new(&merged)
        .edit(|a| a.overlays = vec![o.clone()])
        .build();
    let err = inspect(to_json(&merged, &a).as_bytes(), pack()).expect_err("refused");
    assert_eq!(err.kind(), "bad_overlay");
    assert!(err.to_string().contains("内容校验值不符"), "{err}");
}

#[test]
fn a_newer_overlay_version_migrates_the_draft() {
    let o = example();
    let mut newer = o.clone();
    newer.version = "1.1.0".into();
    newer.items.retain(|i| i.id != "SC1.1");
    newer.changelog.insert(
        0,
        serde_json::from_value(serde_json::json!({
            "version": "1.1.0", "date": "2026-07-01", "summary": "删去 SC1.1",
            "changes": [{ "item": "SC1.1", "kind": "removed", "text": "并入全国题目" }]
        }))
        .expect("a release"),
    );
    newer.hash = overlay::content_hash(&newer);
    assert!(overlay::check(pack(), &newer).is_empty());
    let merged = overlay::apply(pack(), std::slice::from_ref(&o)).expect("merges");
    let mut a = Unit::new(&merged)
        .number("SC1.1", "unit", 2.0)
        .edit(|a| a.overlays = vec![o.clone()])
        .build();
    let up = overlay::upgrade(&mut a, &newer).expect("upgrades");
    assert_eq!((up.from.as_str(), up.to.as_str()), ("1.0.0", "1.1.0"));
    assert_eq!(up.releases.len(), 1);
    assert_eq!(
        up.no_longer_asked,
        vec![(ItemId::from("SC1.1"), AssetId::from("unit"))]
    );
    assert_eq!(a.overlays[0].version, "1.1.0");
    assert!(
        a.answer("SC1.1", "unit").is_some(),
        "the answer is kept in the draft"
    );
    assert!(
        overlay::upgrade(&mut a, &newer).is_none(),
        "same version: nothing to do"
    );
    let now = overlay::apply(pack(), &a.overlays).expect("merges");
    let eval = evaluate(&now, &a);
    assert!(eval.findings.iter().all(|f| f.target.item != "SC1.1"));
}

#[test]
fn effective_packs_are_shared_per_overlay_set() {
    let o = example();
    let a = overlay::effective(pack(), std::slice::from_ref(&o)).expect("merges");
    let b = overlay::effective(pack(), std::slice::from_ref(&o)).expect("merges");
    assert!(std::ptr::eq(a, b));
    assert!(std::ptr::eq(
        overlay::effective(pack(), &[]).expect("national"),
        pack()
    ));
}

#[test]
fn report_and_ledger_label_overlay_items_and_settings() {
    let mut v: serde_json::Value =
        serde_json::from_str(&overlay::to_json(&example())).expect("json");
    v.as_object_mut().expect("object").remove("hash");
    v["overrides"] = serde_json::json!([{ "parameter": "account_stale_days", "value": 7, "note": "每周更新",
        "basis": [{ "document": "sichuan_four", "clause": "示例", "confidence": "local_rule", "kinds": ["unit"] }] }]);
    let o = overlay::load(&v.to_string(), pack()).expect("loads");
    let merged = overlay::apply(pack(), std::slice::from_ref(&o)).expect("merges");
    let a = Unit::new(&merged)
        .number("SC1.1", "unit", 4.0)
        .edit(|a| a.overlays = vec![o.clone()])
        .build();
    let report = fingertip_core::report::build_report(&merged, &a, &evaluate(&merged, &a));
    let row = report
        .ledger
        .iter()
        .find(|r| r.item == "SC1.1")
        .expect("ledger row");
    assert!(
        row.basis.contains("四川“四个一律”") && row.basis.contains("地方规定"),
        "{}",
        row.basis
    );
    assert_eq!(report.cover.overlays.len(), 1);
    assert!(
        report.cover.overlays[0].starts_with("地方规定 · 四川省“四个一律”补充自查(示例) 1.0.0 版")
    );
    let stale = report
        .parameters
        .iter()
        .find(|p| p.id == "account_stale_days")
        .expect("param");
    assert_eq!((stale.source, stale.default), ("地方标准", 7.0));
}

#[test]
fn attaching_adds_once_and_upgrades_only_to_newer_versions() {
    let o = example();
    let mut a = Unit::new(pack()).build();
    assert!(overlay::would_attach(&a, &o));
    assert!(overlay::attach(&mut a, &o));
    assert!(!overlay::would_attach(&a, &o));
    assert!(
        !overlay::attach(&mut a, &o),
        "the same version twice changes nothing"
    );
    let mut newer = o.clone();
    newer.version = "1.0.1".into();
    newer.changelog[0].version = "1.0.1".into();
    assert!(overlay::would_attach(&a, &newer));
    assert!(overlay::attach(&mut a, &newer));
    assert_eq!(a.overlays.len(), 1);
    assert_eq!(a.overlays[0].version, "1.0.1");
}
