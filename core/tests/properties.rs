//! Property tests on random units against the embedded pack: evaluation never panics, counts add
//! up everywhere, every problem gets exactly one rectification row, and saving round-trips.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use std::collections::BTreeMap;

use fingertip_core::engine::{applicable_targets, evaluate, rectification_rows, Counts, Status};
use fingertip_core::model::*;
use fingertip_core::pack::{embedded, Pack, Severity};
use fingertip_core::save::{parse, to_json, validate};
use proptest::prelude::*;

const DATES: [&str; 7] = [
    "2026-06-30",
    "2026-05-01",
    "2025-12-01",
    "2020-02-29",
    "",
    "2026-02-30",
    "昨天",
];

fn pack() -> &'static Pack {
    embedded().expect("the embedded pack parses")
}

fn pick<T: Clone + std::fmt::Debug + 'static>(xs: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(xs)
}

fn app() -> impl Strategy<Value = App> {
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

fn account() -> impl Strategy<Value = Account> {
    (pick(&["微信公众号", "抖音", "微博", ""]), pick(&DATES)).prop_map(|(platform, date)| Account {
        platform: platform.into(),
        name: "账号".into(),
        last_update: date.into(),
        ..Account::default()
    })
}

fn group() -> impl Strategy<Value = Group> {
    (pick(&GroupKind::ALL), any::<bool>()).prop_map(|(kind, task_ended)| Group {
        name: "群".into(),
        kind,
        task_ended,
        ..Group::default()
    })
}

const WORDS: [&str; 10] = [
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

fn value() -> impl Strategy<Value = AnswerValue> {
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
type RawAnswer = (usize, Option<AnswerValue>, bool);

#[derive(Debug, Clone)]
struct Raw {
    level: UnitLevel,
    supervising: bool,
    date: &'static str,
    apps: Vec<App>,
    accounts: Vec<Account>,
    groups: Vec<Group>,
    answers: Vec<RawAnswer>,
    params: Vec<(&'static str, f64)>,
}

fn raw() -> impl Strategy<Value = Raw> {
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

fn assessment(raw: Raw) -> Assessment {
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
        prop_assert_eq!(eval.unanswered.len(), eval.counts.unanswered + eval.counts.undetermined);
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
