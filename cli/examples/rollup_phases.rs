//! Where the roll-up's time goes, natively: `rollup_phases DIR` reads every .json file under DIR
//! and prints the time spent checking (decode, parse, migrate, validate), evaluating,
//! summarising, collecting, building the views and grouping same-kind apps. A profiling aid for
//! the 汇总 page's speed targets (the browser runs the same code as WebAssembly).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use fingertip_core::engine::evaluate;
use fingertip_core::import;
use fingertip_core::pack;
use fingertip_core::rollup::{
    build, same_kind, AppFacts, Filter, Intake, Naming, Read, UnitSummary,
};

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            json_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "json") {
            out.push(p);
        }
    }
}

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: rollup_phases DIR");
        std::process::exit(64);
    };
    let Some(pack) = pack::embedded() else {
        eprintln!("no embedded pack");
        std::process::exit(70);
    };
    let mut files = Vec::new();
    json_files(Path::new(&dir), &mut files);
    let (mut io, mut check, mut eval, mut summary, mut add) = [Duration::ZERO; 5].into();
    let mut intake = Intake::new(true);
    for path in &files {
        let t = Instant::now();
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        io += t.elapsed();
        let t = Instant::now();
        let checked = import::check(&bytes, pack);
        check += t.elapsed();
        let Ok(checked) = checked else {
            continue;
        };
        let t = Instant::now();
        let version = checked.file.pack_version.clone();
        let judged_on = checked.pack;
        let assessment = checked.file.into_assessment();
        let evaluation = evaluate(&judged_on, &assessment);
        eval += t.elapsed();
        let t = Instant::now();
        let name = path.to_string_lossy();
        let unit = UnitSummary::new(&name, &version, pack, &assessment, &evaluation)
            .with_overlays(&judged_on, &evaluation);
        summary += t.elapsed();
        let t = Instant::now();
        intake.add(Read::Unit(Box::new(unit)));
        add += t.elapsed();
    }
    let t = Instant::now();
    let r = build(
        pack,
        &intake,
        &Filter::default(),
        "2026-12-01",
        180,
        &Naming::Plain,
    );
    let built = t.elapsed();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let t = Instant::now();
    let facts: Vec<AppFacts> = intake
        .units()
        .iter()
        .enumerate()
        .flat_map(|(i, u)| {
            u.apps.iter().map(move |a| {
                AppFacts::new(
                    i,
                    &u.name,
                    &a.id,
                    &a.name,
                    a.form,
                    a.audience,
                    a.functions.clone(),
                )
            })
        })
        .collect();
    let keyed = t.elapsed();
    let t = Instant::now();
    let groups = same_kind(&facts);
    println!(
        "same-kind alone: {} apps keyed in {:.0} ms, {} groups in {:.0} ms",
        facts.len(),
        ms(keyed),
        groups.len(),
        ms(t.elapsed())
    );
    println!(
        "{} files, {} units, {} same-kind groups",
        files.len(),
        r.units.len(),
        r.same_kind.len()
    );
    println!(
        "io {:.0} ms, check {:.0} ms, evaluate {:.0} ms, summarise {:.0} ms, collect {:.0} ms, build views {:.0} ms",
        ms(io),
        ms(check),
        ms(eval),
        ms(summary),
        ms(add),
        ms(built)
    );
}
