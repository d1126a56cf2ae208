//! Writes a saved file of a unit with N apps and N work groups, every applicable item answered
//! (compliantly, by the test builder), for `make bench-scale` (issue #20): `gen_scale OUT.json N`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a generator for a benchmark, not the app

#[path = "../tests/common/mod.rs"]
mod common;

use common::builder::Unit;
use fingertip_core::model::{GroupKind, UnitLevel};
use fingertip_core::pack::embedded;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(out), Some(n)) = (
        args.get(1),
        args.get(2).and_then(|n| n.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: gen_scale OUT.json N");
        std::process::exit(2);
    };
    let pack = embedded().expect("the embedded pack");
    let mut unit = Unit::new(pack)
        .unit("规模测试县融媒体中心", UnitLevel::County)
        .date("2026-11-20");
    for i in 1..=n {
        unit = unit.app(&format!("app-{i}"), &format!("应用{i}"));
    }
    for i in 1..=n {
        let kind = [GroupKind::Standing, GroupKind::Temporary][i % 2];
        unit = unit.group(&format!("grp-{i}"), &format!("工作群{i}"), kind, false);
    }
    let a = unit.build();
    let json = fingertip_core::save::to_json(pack, &a);
    std::fs::write(out, &json).expect("write");
    println!(
        "gen_scale: {out}: {n} apps + {n} groups, {} answers, {} bytes",
        a.answers.len(),
        json.len()
    );
}
