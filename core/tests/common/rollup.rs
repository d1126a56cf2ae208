//! Shared set-up of the roll-up tests: the embedded pack, the sample unit as a file of any unit,
//! an intake of files, the plain views, and thirty generated units.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use fingertip_core::pack::{self, Pack};
use fingertip_core::rollup::{self, build, read_file, Filter, Intake, Naming, DEFAULT_STALE_DAYS};
use fingertip_core::sample::SAMPLE_JSON;
use serde_json::Value;

/// The date the roll-up tests count ages to.
pub const TODAY: &str = "2026-12-01";

/// The embedded national pack.
pub fn pack() -> &'static Pack {
    pack::embedded().expect("embedded pack")
}

/// The sample unit as a file of unit `name`, draft `id`, changed at `updated`, dated `date`,
/// its apps renamed to `apps` (extra names ignored, missing ones keep the sample's).
pub fn unit_file(name: &str, id: &str, updated: &str, date: &str, apps: &[&str]) -> Vec<u8> {
    let mut v: Value = serde_json::from_str(SAMPLE_JSON).expect("sample parses");
    let a = &mut v["assessment"];
    a["id"] = id.into();
    a["updated"] = updated.into();
    a["profile"]["name"] = name.into();
    a["profile"]["date"] = date.into();
    if let Some(list) = a["inventory"]["apps"].as_array_mut() {
        for (app, new) in list.iter_mut().zip(apps) {
            app["name"] = (*new).into();
        }
    }
    serde_json::to_vec(&v).expect("serialises")
}

/// Reads `files` into an intake (`keep`: keep set-aside summaries).
pub fn intake_of(files: &[(&str, Vec<u8>)], keep: bool) -> Intake {
    let mut intake = Intake::new(keep);
    for (name, bytes) in files {
        for read in read_file(name, bytes, pack()) {
            intake.add(read);
        }
    }
    intake
}

/// The plain views of `intake`, no filter.
pub fn plain(intake: &Intake) -> rollup::RollUp {
    build(
        pack(),
        intake,
        &Filter::default(),
        TODAY,
        DEFAULT_STALE_DAYS,
        &Naming::Plain,
    )
}

/// Thirty units of the sample, five of them stale.
pub fn thirty_units() -> Intake {
    let files: Vec<(String, Vec<u8>)> = (0..30)
        .map(|i| {
            (
                format!("unit-{i:02}.json"),
                unit_file(
                    &format!("测试{i:02}县农业农村局"),
                    &format!("d{i}"),
                    "2026-11-01T10:00:00Z",
                    if i < 5 { "2025-01-01" } else { "2026-11-01" },
                    &["掌上农技", "农技学习打卡"],
                ),
            )
        })
        .collect();
    let borrowed: Vec<(&str, Vec<u8>)> =
        files.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    intake_of(&borrowed, false)
}
