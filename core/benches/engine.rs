//! Benchmark (not a timed test): evaluate + rectification list for a unit with 500 assets
//! (100 apps, 200 accounts, 200 groups), every applicable item answered. Prints median and p95.
//! Run with `cargo bench -p fingertip-core`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;
use std::time::Instant;

use common::builder::Unit;
use fingertip_core::engine::{evaluate, rectification_rows};
use fingertip_core::model::{AppAudience, AppStatus, FilingStatus, GroupKind, UnitLevel};
use fingertip_core::pack::embedded;

const RUNS: usize = 60;

fn main() {
    let Some(pack) = embedded() else {
        eprintln!("the embedded pack does not parse");
        std::process::exit(1);
    };
    let mut unit = Unit::new(pack)
        .unit("某市政务服务和数据管理局", UnitLevel::City)
        .supervising();
    let platforms = ["微信公众号", "抖音", "微博", "今日头条"];
    for i in 0..100 {
        unit = unit.app_with(&format!("app-{i}"), &format!("应用{i}"), |a| {
            a.status = [AppStatus::Online, AppStatus::Planned, AppStatus::Retiring][i % 3];
            a.audience = [AppAudience::Internal, AppAudience::Public][i % 2];
            if i % 7 == 0 {
                a.filing = FilingStatus::NotFiled;
            }
        });
    }
    for i in 0..200 {
        let date = if i % 5 == 0 {
            "2026-01-10"
        } else {
            "2026-06-20"
        };
        unit = unit.account(
            &format!("acct-{i}"),
            platforms[i % 4],
            &format!("账号{i}"),
            date,
        );
    }
    for i in 0..200 {
        let kind = [GroupKind::Standing, GroupKind::Temporary][i % 2];
        unit = unit.group(&format!("grp-{i}"), &format!("群{i}"), kind, i % 10 == 1);
    }
    let mut assessment = unit.build();
    storage_size(pack, &mut assessment);

    for _ in 0..5 {
        black_box(rectification_rows(
            pack,
            &assessment,
            &evaluate(pack, &assessment),
        ));
    }
    let mut ms = Vec::with_capacity(RUNS);
    let mut targets = 0;
    let mut rows = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let eval = evaluate(pack, black_box(&assessment));
        let rect = rectification_rows(pack, &assessment, &eval);
        ms.push(start.elapsed().as_secs_f64() * 1000.0);
        targets = eval.findings.len();
        rows = rect.len();
        black_box((eval, rect));
    }
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
    println!("engine: 500 assets, {targets} targets, {rows} rectification rows, {RUNS} runs");
    println!(
        "evaluate + rectification_rows: median {:.2} ms, p95 {:.2} ms",
        at(0.5),
        at(0.95)
    );
}

/// Prints the saved-draft size with a 40-character note on every answer, the worst case the app's
/// localStorage choice must hold (Chromium stores localStorage as UTF-16: about 2 bytes a character).
fn storage_size(
    pack: &fingertip_core::pack::Pack,
    assessment: &mut fingertip_core::model::Assessment,
) {
    let plain = fingertip_core::save::to_json(pack, assessment)
        .chars()
        .count();
    for answer in assessment.answers.values_mut() {
        answer.note = "已核实:该事项按规定执行,相关材料已归档备查,责任人已明确。".repeat(2);
    }
    let noted = fingertip_core::save::to_json(pack, assessment)
        .chars()
        .count();
    println!(
        "saved draft: {} answers, {plain} characters without notes, {noted} with a note on every answer (~{:.1} MB as UTF-16)",
        assessment.answers.len(),
        noted as f64 * 2.0 / 1_048_576.0
    );
}
