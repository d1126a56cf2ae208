//! The county fixture's chain of self-checks, shared by the cycle tests: check 1 (the v2
//! fixture) and check 2 (next check with an app renamed, the group red line fixed, a new red
//! line, an account removed and a group added), and small helpers to answer and read them.

use fingertip_core::cycle::{
    next_check, provisional_count, ChangeKind, Comparison, CycleEdit, NextCheck,
};
use fingertip_core::edit::{apply, Edit};
use fingertip_core::engine::evaluate;
use fingertip_core::inventory_edit::AssetKind;
use fingertip_core::model::{Answer, Assessment, Purpose};
use fingertip_core::pack::{embedded, Pack};
use fingertip_core::report::{build_report, LedgerRow};
use fingertip_core::save::parse;

pub fn pack() -> &'static Pack {
    embedded().expect("embedded pack")
}

pub fn first() -> Assessment {
    parse(include_str!("../fixtures/v2/county-hrss.json"))
        .expect("fixture")
        .into_assessment()
}

pub fn choice(id: &str, date: &str) -> NextCheck {
    NextCheck {
        id: id.into(),
        now: format!("{date}T09:00:00Z"),
        date: date.into(),
        purpose: Purpose::Periodic,
        parts: Default::default(),
    }
}

pub fn confirm_all(a: &mut Assessment) {
    let items = pack().items.iter().map(|i| i.id.clone()).collect();
    assert!(apply(a, Edit::Cycle(CycleEdit::ConfirmItems(items))));
    assert_eq!(provisional_count(a), 0);
}

pub fn answer(a: &mut Assessment, item: &str, asset: &str, value: &str) {
    let old = a.answer(item, asset).cloned().unwrap_or_default();
    // The unit's own answer: no longer a 待复核/待确认 value, even where it keeps the value.
    let new = Answer {
        value: Answer::choice(value).value,
        provisional: false,
        suggested: None,
        ..old
    };
    assert!(apply(
        a,
        Edit::Answer {
            item: item.into(),
            asset: asset.into(),
            answer: Some(new)
        }
    ));
}

pub fn ledger(a: &Assessment) -> Vec<LedgerRow> {
    build_report(pack(), a, &evaluate(pack(), a)).ledger
}

/// Check 2: app renamed, the group red line fixed, a new red line, an account removed, a group added.
pub fn second() -> Assessment {
    let mut b = next_check(pack(), &first(), &choice("draft-2", "2026-12-30"));
    confirm_all(&mut b);
    let mut app = b.inventory.apps[0].clone();
    app.name = "县人社掌上通(新版)".into();
    assert!(apply(&mut b, Edit::App(app)));
    answer(&mut b, "C6.4", "grp-1", "no");
    answer(&mut b, "C7.1", "app-1", "yes");
    assert!(apply(&mut b, Edit::Remove("acct-1".into())));
    let names = vec!["新专班群".to_string()];
    assert!(apply(
        &mut b,
        Edit::AddAssets {
            kind: AssetKind::Group,
            names
        }
    ));
    answer(&mut b, "C6.4", "grp-3", "no");
    b
}

pub fn rows(c: &Comparison, kind: ChangeKind) -> Vec<(String, String)> {
    c.rows
        .iter()
        .filter(|r| r.kind == kind)
        .map(|r| (r.item.clone(), r.asset.label().to_string()))
        .collect()
}
