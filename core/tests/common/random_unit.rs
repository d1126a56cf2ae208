//! Random units against the embedded pack for property tests: apps, accounts and groups of every
//! kind, answers of every value kind (some to rows that do not apply), parameters in and out of range.

use std::collections::BTreeMap;

use fingertip_core::engine::applicable_targets;
use fingertip_core::model::*;
use fingertip_core::pack::{embedded, Pack};
use proptest::prelude::*;

pub const DATES: [&str; 7] = [
    "2026-06-30",
    "2026-05-01",
    "2025-12-01",
    "2020-02-29",
    "",
    "2026-02-30",
    "昨天",
];

pub fn pack() -> &'static Pack {
    embedded().expect("the embedded pack parses")
}

pub fn pick<T: Clone + std::fmt::Debug + 'static>(xs: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(xs)
}

pub fn app() -> impl Strategy<Value = App> {
    (
        pick(&AppForm::ALL),
        pick(&AppAudience::ALL),
        pick(&AppStatus::ALL),
        pick(&FilingStatus::ALL),
        pick(&AppRole::ALL),
    )
        .prop_map(|(form, audience, status, filing, role)| App {
            name: "应用".into(),
            form,
            audience,
            status,
            filing,
            role,
            ..App::default()
        })
}

pub fn account() -> impl Strategy<Value = Account> {
    (pick(&["微信公众号", "抖音", "微博", ""]), pick(&DATES)).prop_map(|(platform, date)| Account {
        platform: platform.into(),
        name: "账号".into(),
        last_update: date.into(),
        ..Account::default()
    })
}

pub fn group() -> impl Strategy<Value = Group> {
    (pick(&GroupKind::ALL), any::<bool>()).prop_map(|(kind, task_ended)| Group {
        name: "群".into(),
        kind,
        task_ended,
        ..Group::default()
    })
}

pub const WORDS: [&str; 10] = [
    "yes",
    "no",
    "partial",
    "filed",
    "not_filed",
    "checkin",
    "none",
    "entry",
    "untreated",
    "bogus",
];

pub fn value() -> impl Strategy<Value = AnswerValue> {
    prop_oneof![
        pick(&WORDS).prop_map(|w| AnswerValue::Choice(w.into())),
        proptest::sample::subsequence(WORDS.to_vec(), 0..4)
            .prop_map(|ws| AnswerValue::Multi(ws.into_iter().map(String::from).collect())),
        (-5.0f64..2000.0).prop_map(AnswerValue::Number),
        pick(&DATES).prop_map(|d| AnswerValue::Date(d.into())),
        Just(AnswerValue::Never),
        Just(AnswerValue::NotApplicable("无".into())),
    ]
}

/// A raw answer: which target (modulo their number), a value or none, and an exception claim.
pub type RawAnswer = (usize, Option<AnswerValue>, bool);

#[derive(Debug, Clone)]
pub struct Raw {
    pub level: UnitLevel,
    pub supervising: bool,
    pub date: &'static str,
    pub apps: Vec<App>,
    pub accounts: Vec<Account>,
    pub groups: Vec<Group>,
    pub answers: Vec<RawAnswer>,
    pub params: Vec<(&'static str, f64)>,
}

pub fn raw() -> impl Strategy<Value = Raw> {
    (
        (pick(&UnitLevel::ALL), any::<bool>(), pick(&DATES)),
        prop::collection::vec(app(), 0..=30),
        prop::collection::vec(account(), 0..=30),
        prop::collection::vec(group(), 0..=30),
        prop::collection::vec(
            (any::<usize>(), prop::option::of(value()), any::<bool>()),
            0..300,
        ),
        prop::collection::vec(
            (
                pick(&[
                    "account_stale_days",
                    "group_grace_days",
                    "active_rate_min",
                    "unknown",
                ]),
                0.0f64..400.0,
            ),
            0..3,
        ),
    )
        .prop_map(
            |((level, supervising, date), apps, accounts, groups, answers, params)| Raw {
                level,
                supervising,
                date,
                apps,
                accounts,
                groups,
                answers,
                params,
            },
        )
}

pub fn assessment(raw: Raw) -> Assessment {
    let mut a = Assessment {
        id: "p".into(),
        profile: UnitProfile {
            name: "随机单位".into(),
            level: raw.level,
            supervising: raw.supervising,
            date: raw.date.into(),
            ..UnitProfile::default()
        },
        parameters: raw
            .params
            .iter()
            .map(|(k, v)| (k.to_string(), *v))
            .collect::<BTreeMap<_, _>>(),
        ..Assessment::default()
    };
    let inv = &mut a.inventory;
    inv.apps = raw
        .apps
        .into_iter()
        .enumerate()
        .map(|(i, x)| App {
            id: format!("app-{i}").into(),
            ..x
        })
        .collect();
    inv.accounts = raw
        .accounts
        .into_iter()
        .enumerate()
        .map(|(i, x)| Account {
            id: format!("acct-{i}").into(),
            ..x
        })
        .collect();
    inv.groups = raw
        .groups
        .into_iter()
        .enumerate()
        .map(|(i, x)| Group {
            id: format!("grp-{i}").into(),
            ..x
        })
        .collect();
    let targets = applicable_targets(pack(), &a);
    for (i, value, exception) in raw.answers {
        let (item, asset) = match targets.get(i % targets.len().max(1)) {
            Some(t) if i % 17 != 0 => (t.item.clone(), t.asset.clone()),
            _ => ("ZZ9".into(), format!("stray-{}", i % 5).into()),
        };
        a.answers.insert(
            (item, asset),
            Answer {
                value,
                exception,
                ..Answer::default()
            },
        );
    }
    a
}
