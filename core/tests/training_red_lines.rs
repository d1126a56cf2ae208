//! Every training case's red-line call agrees with what the engine gives for the situation it
//! describes: each cited item gets the answer an honest unit would give, judged by `judge`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use std::collections::{BTreeMap, HashSet};

mod common;

use fingertip_core::engine::{judge, AssetRef, Claim, JudgeContext, Params, Status};
use fingertip_core::model::{
    Account, AnswerValue, App, AppStatus, Group, GroupKind, UnitLevel, UnitProfile,
};
use fingertip_core::pack::{embedded, Pack, Scope};
use fingertip_core::training::{embedded_training, Training};

fn pack() -> &'static Pack {
    embedded().expect("embedded pack parses")
}

fn training() -> &'static Training {
    embedded_training().expect("embedded training parses")
}

/// The asset a situation's answer is given for: an app of a status, a group of a kind, an
/// account, or the unit at a level.
#[derive(Clone, Copy)]
enum On {
    A(AppStatus),
    G(GroupKind),
    Acct,
    U(UnitLevel),
}

use On::{Acct, A, G, U};

fn yes() -> AnswerValue {
    choice("yes")
}

fn no() -> AnswerValue {
    choice("no")
}

fn choice(v: &str) -> AnswerValue {
    AnswerValue::Choice(v.into())
}

fn multi(vs: &[&str]) -> AnswerValue {
    AnswerValue::Multi(vs.iter().map(|v| v.to_string()).collect())
}

fn num(n: f64) -> AnswerValue {
    AnswerValue::Number(n)
}

fn date(d: &str) -> AnswerValue {
    AnswerValue::Date(d.into())
}

/// The assessment date situations are judged on.
const TODAY: &str = "2026-06-30";

/// For every case, the answer each cited item gets when a unit answers honestly about the
/// situation described, whether the documented exception is claimed, and the status the engine
/// must give. This is how the red-line calls were checked: a case is a red line exactly when one
/// of its rows is judged 红线; non-red-line cases are judged 建议 (an advisory rule, or a red line
/// lowered by a documented 安保/应急 or 必要性 exception) or 符合 (a compliant situation).
#[allow(clippy::type_complexity)]
fn situations() -> Vec<(&'static str, &'static str, On, AnswerValue, bool, Status)> {
    use Status::{Advisory, Compliant, RedLine};
    let online = A(AppStatus::Online);
    let retiring = A(AppStatus::Retiring);
    let city = U(UnitLevel::City);
    vec![
        ("T01", "C6.2", online, yes(), false, RedLine),
        ("T02", "C6.2", Acct, yes(), false, RedLine),
        ("T03", "C6.3", online, yes(), false, RedLine),
        ("T04", "B4.1", online, multi(&["checkin"]), false, RedLine),
        // Emergency check-in with a documented basis written on the card: the exception lowers B4.1.
        ("T05", "B4.1", online, multi(&["checkin"]), true, Advisory),
        ("T06", "C8.2", online, yes(), false, RedLine),
        ("T07", "C8.1", Acct, yes(), false, RedLine),
        ("T08", "C8.3", city, yes(), false, RedLine),
        ("T09", "C6.4", G(GroupKind::Standing), yes(), false, RedLine),
        ("T10", "C6.4", G(GroupKind::Standing), yes(), false, RedLine),
        ("T11", "C7.1", online, yes(), false, RedLine),
        ("T11", "C7.2", U(UnitLevel::Township), yes(), false, RedLine),
        ("T12", "C7.1", G(GroupKind::Standing), yes(), false, RedLine),
        // Enforcement photos with a written necessity statement: the exception lowers C7.1.
        ("T13", "C7.1", online, yes(), true, Advisory),
        ("T13", "C7.3", online, yes(), false, Compliant),
        ("T14", "C9.1", U(UnitLevel::County), yes(), false, RedLine),
        ("T15", "C9.2", online, no(), false, Advisory),
        (
            "T16",
            "C9.3",
            U(UnitLevel::County),
            num(1.0),
            false,
            Advisory,
        ),
        ("T17", "B3.3", city, num(1.0), false, Advisory),
        (
            "T18",
            "B2.2",
            A(AppStatus::Planned),
            multi(&["plan_fit", "data_sharing"]),
            false,
            RedLine,
        ),
        ("T19", "B5.2", online, num(4.0), false, Advisory),
        // Ten months silent: beyond the default 180-day dormancy parameter.
        ("T20", "B5.3", Acct, date("2025-08-25"), false, RedLine),
        ("T21", "B5.4", city, num(3.0), false, Advisory),
        (
            "T22",
            "C6.5",
            G(GroupKind::Temporary),
            yes(),
            false,
            RedLine,
        ),
        (
            "T23",
            "C6.5",
            G(GroupKind::Temporary),
            no(),
            false,
            Compliant,
        ),
        (
            "T24",
            "D11.1",
            G(GroupKind::Standing),
            yes(),
            false,
            RedLine,
        ),
        ("T25", "D10.1", city, no(), false, RedLine),
        // Nearly two years since the last assessment: overdue, but not 从未.
        ("T26", "D10.2", online, date("2024-08-01"), false, Advisory),
        ("T27", "D10.3", online, no(), false, RedLine),
        ("T28", "B1.2", U(UnitLevel::Township), yes(), false, RedLine),
        (
            "T29",
            "B1.2",
            U(UnitLevel::Township),
            no(),
            false,
            Compliant,
        ),
        (
            "T30",
            "B1.3",
            U(UnitLevel::Central),
            num(3.0),
            false,
            RedLine,
        ),
        ("T31", "F1", online, choice("not_filed"), false, RedLine),
        (
            "T31",
            "F7",
            online,
            choice("unfiled_promoted"),
            false,
            RedLine,
        ),
        ("T32", "B5.1", online, no(), false, RedLine),
        ("T33", "F4", online, no(), false, RedLine),
        ("T34", "F5", retiring, yes(), false, Compliant),
        ("T35", "E12.2", online, multi(&["none"]), false, RedLine),
        ("T36", "E12.1", online, no(), false, RedLine),
        ("T37", "A1.1", U(UnitLevel::County), no(), false, Advisory),
        ("T38", "A2.1", city, no(), false, Advisory),
        ("T39", "E13.1", city, no(), false, Advisory),
        ("T40", "E14.2", city, num(1.0), false, RedLine),
        ("T41", "B4.4", online, yes(), false, RedLine),
        ("T42", "B4.3", online, yes(), false, RedLine),
    ]
}

#[test]
fn red_line_calls_agree_with_the_engine() {
    let pack = pack();
    let params = Params::new(pack, &BTreeMap::new());
    let rows = situations();
    for case in &training().cases {
        let mine: Vec<_> = rows.iter().filter(|r| r.0 == case.id).collect();
        assert!(!mine.is_empty(), "{}: no situation row", case.id);
        let judged: HashSet<&str> = mine.iter().map(|r| r.1).collect();
        let cited: HashSet<&str> = case.items.iter().map(String::as_str).collect();
        assert_eq!(
            judged, cited,
            "{}: rows must cover exactly its items",
            case.id
        );
        let mut red = false;
        for (_, item_id, on, value, exception, expected) in mine {
            let item = pack.item(item_id).expect("item");
            let mut profile = UnitProfile {
                date: TODAY.into(),
                ..UnitProfile::default()
            };
            let app;
            let group;
            let account = Account::default();
            let (asset, scope) = match *on {
                A(status) => {
                    app = App {
                        status,
                        ..Default::default()
                    };
                    (AssetRef::App(&app), Scope::App)
                }
                G(kind) => {
                    group = Group {
                        kind,
                        ..Default::default()
                    };
                    (AssetRef::Group(&group), Scope::Group)
                }
                Acct => (AssetRef::Account(&account), Scope::Account),
                U(level) => {
                    profile.level = level;
                    (AssetRef::Unit(&profile), Scope::Unit)
                }
            };
            assert!(
                item.scope.contains(&scope),
                "{}: {item_id} is not asked of {scope:?}",
                case.id
            );
            let unit = profile.clone();
            let ctx = JudgeContext::new(&unit, &params);
            let cards = common::engine::full_cards(item);
            let claim = Claim {
                claimed: *exception,
                cards: Some(&cards),
            };
            let j = judge(item, asset, Some(value), claim, &ctx);
            assert_eq!(
                j.status, *expected,
                "{}: {item_id} judged {:?} ({:?})",
                case.id, j.status, j.reasons
            );
            red |= j.status == Status::RedLine;
        }
        assert_eq!(
            red, case.red_line,
            "{}: red_line disagrees with the engine",
            case.id
        );
    }
}
