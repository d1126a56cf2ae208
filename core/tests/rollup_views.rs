//! The roll-up views: each unit's row agrees with the engine, and the filters narrow units and
//! rows, and building them in small steps (as the page does) gives the same views as at once.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::rollup::{pack, plain, thirty_units, unit_file, TODAY};
use fingertip_core::engine::evaluate;
use fingertip_core::rollup::{build, Building, Filter, Naming, SameKindReason, DEFAULT_STALE_DAYS};

#[test]
fn views_agree_with_the_engine_unit_by_unit() {
    let intake = thirty_units();
    let r = plain(&intake);
    assert_eq!(r.totals.units, 30);
    let file = unit_file(
        "x",
        "x",
        "2026-11-01T10:00:00Z",
        "2026-11-01",
        &["掌上农技", "农技学习打卡"],
    );
    let one = fingertip_core::save::parse(std::str::from_utf8(&file).expect("utf-8"))
        .expect("parses")
        .into_assessment();
    let e = evaluate(pack(), &one);
    let current = r
        .units
        .iter()
        .find(|u| u.date == "2026-11-01")
        .expect("a current unit");
    assert_eq!(current.counts, e.counts);
    // Every item red in the sample is red in all 30 units, on as many assets as in the sample.
    let red_in_sample: Vec<&str> = e
        .findings
        .iter()
        .filter(|f| f.status == fingertip_core::engine::Status::RedLine)
        .map(|f| f.target.item.as_str())
        .collect();
    let first = &r.top_red[0];
    assert_eq!(first.units, 30);
    let rows_of_first = red_in_sample.iter().filter(|i| **i == first.id).count() as u64;
    assert_eq!(first.assets, 30 * rows_of_first);
    assert_eq!(first.unit_rows.len(), 30);
    assert_eq!(r.stale.len(), 5);
    assert_eq!(r.parts.len(), pack().parts.len());
    let chart_red: usize = r.parts.iter().map(|p| p.counts.red_line).sum();
    assert_eq!(chart_red, r.totals.counts.red_line);
    // The two sample apps, renamed the same in every unit, group by name.
    assert!(r
        .same_kind
        .iter()
        .any(|g| g.group.reason == SameKindReason::SameName && g.group.units == 30));
}

#[test]
fn filters_narrow_units_and_rows() {
    let intake = thirty_units();
    let r = plain(&intake);
    let top = &r.top_red[0];
    let by_item = Filter {
        red_item: Some(top.item),
        ..Filter::default()
    };
    let f = build(
        pack(),
        &intake,
        &by_item,
        TODAY,
        DEFAULT_STALE_DAYS,
        &Naming::Plain,
    );
    assert_eq!(f.totals.units, 30);
    let level = Filter {
        level: Some(fingertip_core::model::UnitLevel::Province),
        ..Filter::default()
    };
    let f = build(
        pack(),
        &intake,
        &level,
        TODAY,
        DEFAULT_STALE_DAYS,
        &Naming::Plain,
    );
    assert_eq!(f.totals.units, 0);
    let part = pack()
        .parts
        .iter()
        .position(|p| p.id == "A")
        .expect("part A");
    let by_part = Filter {
        part: Some(part),
        ..Filter::default()
    };
    let f = build(
        pack(),
        &intake,
        &by_part,
        TODAY,
        DEFAULT_STALE_DAYS,
        &Naming::Plain,
    );
    assert!(f.top_red.iter().all(|t| t.id.starts_with('A')));
    assert_eq!(f.units[0].counts, intake.units()[0].parts[part]);
}

#[test]
fn building_in_steps_gives_the_views_built_at_once() {
    let intake = thirty_units();
    let filters = [
        Filter::default(),
        Filter {
            part: Some(1),
            ..Filter::default()
        },
    ];
    for filter in filters {
        for naming in [
            Naming::Plain,
            Naming::Anonymised {
                key: "口令".into()
            },
        ] {
            let at_once = build(pack(), &intake, &filter, TODAY, 100, &naming);
            for step in [1, 7, 1000] {
                let mut b = Building::new(&intake, filter, TODAY, 100, naming.clone());
                let mut percents = vec![b.percent_done()];
                let mut steps = 0;
                while !b.step(&intake, step) {
                    percents.push(b.percent_done());
                    steps += 1;
                    assert!(steps <= 2 * 30 + 2, "steps never end");
                }
                percents.push(b.percent_done());
                assert!(percents.windows(2).all(|w| w[0] <= w[1]), "{percents:?}");
                assert_eq!(percents.last(), Some(&100));
                assert_eq!(b.finish(pack(), &intake), at_once, "step {step}");
            }
        }
    }
    assert!(!plain(&intake).same_kind.is_empty());
}
