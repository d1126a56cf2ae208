//! Profiling aid (not a test): reads every `.json` below DIR into memory, then times the roll-up's
//! per-file stages single-threaded — the import checks, the engine, the whole `read_file` — and
//! prints microseconds per file. Run with
//! `cargo run --release -p fingertip-core --example rollup_profile DIR`.

use std::time::Instant;

use fingertip_core::engine::evaluate;
use fingertip_core::import;
use fingertip_core::pack::embedded;
use fingertip_core::rollup::{build, read_file, Filter, Intake, Naming, DEFAULT_STALE_DAYS};

fn files(dir: &std::path::Path, out: &mut Vec<Vec<u8>>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "json") {
            if let Ok(b) = std::fs::read(&p) {
                out.push(b);
            }
        }
    }
}

fn per_file(label: &str, n: usize, start: Instant) {
    let us = start.elapsed().as_secs_f64() * 1e6 / n.max(1) as f64;
    println!("{label:<28} {us:>8.0} µs/file");
}

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: rollup_profile DIR");
        std::process::exit(64);
    };
    let Some(pack) = embedded() else {
        eprintln!("the embedded pack does not parse");
        std::process::exit(1);
    };
    let mut all = Vec::new();
    files(std::path::Path::new(&dir), &mut all);
    let n = all.len();
    println!("{n} files");
    let t = Instant::now();
    for b in &all {
        let _ = std::hint::black_box(serde_json::from_slice::<serde_json::Value>(b));
    }
    per_file("serde_json::Value", n, t);
    let t = Instant::now();
    let previews: Vec<_> = all
        .iter()
        .filter_map(|b| import::inspect_with(b, pack, import::released_snapshots()).ok())
        .map(|p| p.file.into_assessment())
        .collect();
    per_file("import::inspect_with", n, t);
    let t = Instant::now();
    for p in &previews {
        std::hint::black_box(evaluate(pack, p));
    }
    per_file("engine::evaluate", n, t);
    let t = Instant::now();
    for b in &all {
        let _ = std::hint::black_box(import::check(b, pack));
    }
    per_file("import::check", n, t);
    let t = Instant::now();
    for (i, b) in all.iter().enumerate() {
        std::hint::black_box(read_file(&format!("f{i}"), b, pack));
    }
    per_file("rollup::read_file", n, t);
    let mut intake = Intake::new(true);
    for (i, b) in all.iter().enumerate() {
        for read in read_file(&format!("f{i}"), b, pack) {
            intake.add(read);
        }
    }
    let t = Instant::now();
    let view = build(
        pack,
        &intake,
        &Filter::default(),
        "2026-12-01",
        DEFAULT_STALE_DAYS,
        &Naming::Plain,
    );
    println!(
        "rollup::build, {} units       {:>8.0} ms",
        view.units.len(),
        t.elapsed().as_secs_f64() * 1e3
    );
}
