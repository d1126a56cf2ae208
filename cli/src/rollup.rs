//! `fingertip rollup DIR --out …`: every .json file under DIR through the same import checks,
//! duplicate and same-kind rules as the 汇总 page, streamed (memory grows with the number of
//! units, not with the input), written as XLSX, CSV or JSON Lines; prints time and peak memory.

use std::collections::HashSet;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use fingertip_core::pack::{self, Pack};
use fingertip_core::report::ReportError;
use fingertip_core::rollup::{
    build, meta_line, read_evaluated, read_file, rollup_csv, rollup_xlsx, source_file, unit_lines,
    Filter, Intake, MetaCounts, Naming, Read, Rejected,
};

use crate::args::{Format, RollupArgs};
use crate::{clock, rss, walk};

/// The name a file is known by in the roll-up: its path below the directory.
fn display(dir: &Path, path: &Path) -> String {
    path.strip_prefix(dir)
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

fn unreadable(name: String, e: &std::io::Error) -> Read {
    Read::Rejected(Rejected {
        file: name,
        kind: "read_failed",
        reason: format!("无法读取这个文件({e})"),
        detail: String::new(),
    })
}

/// Why the output could not be written (printed after "无法写入 FILE", exit 73).
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The file system refused.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The workbook could not be built.
    #[error("{0}")]
    Workbook(#[from] ReportError),
}

/// Runs the roll-up.
pub fn run(a: &RollupArgs) -> ExitCode {
    let Some(pack) = pack::embedded() else {
        eprintln!("fingertip: 内置问卷无法读取");
        return ExitCode::from(70);
    };
    let started = Instant::now();
    let files = match walk::json_files(&a.dir) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("fingertip: 无法读取目录 {}({e})", a.dir.display());
            return ExitCode::from(66);
        }
    };
    let mut intake = Intake::new(false);
    walk::in_order(
        &files,
        |path| {
            let name = display(&a.dir, path);
            match std::fs::read(path) {
                Ok(bytes) => read_file(&name, &bytes, pack),
                Err(e) => vec![unreadable(name, &e)],
            }
        },
        |reads| reads.into_iter().for_each(|r| intake.add(r)),
    );
    let read_secs = started.elapsed().as_secs_f64();
    let read_peak = rss::peak_text();
    let today = a.today.clone().unwrap_or_else(clock::today);
    let naming = if a.anonymise {
        Naming::Anonymised { key: a.key.clone() }
    } else {
        Naming::Plain
    };
    let written = match a.format {
        Format::Xlsx | Format::Csv => {
            let r = build(
                pack,
                &intake,
                &Filter::default(),
                &today,
                a.stale_days,
                &naming,
            );
            let bytes = match a.format {
                Format::Csv => Ok(rollup_csv(&r)),
                _ => rollup_xlsx(&r, &intake, &naming).map_err(WriteError::from),
            };
            bytes.and_then(|b| std::fs::write(&a.out, b).map_err(WriteError::from))
        }
        Format::Jsonl => write_jsonl(a, pack, &intake, &today, &naming),
    };
    if let Err(e) = written {
        eprintln!("fingertip: 无法写入 {}({e})", a.out.display());
        return ExitCode::from(73);
    }
    for r in intake.rejected.iter().take(20) {
        println!("未读取:{} — {}", r.file, r.reason);
    }
    if intake.rejected.len() > 20 {
        println!("……另有 {} 个未读取的文件", intake.rejected.len() - 20);
    }
    println!(
        "读取 {} 个文件({} 份自查,含备份中的每一份),计入 {} 个单位,未读取 {},重复 {}",
        files.len(),
        intake.read,
        intake.units().len(),
        intake.rejected.len(),
        intake.duplicates.len()
    );
    println!(
        "用时 {:.2} s(读取与检查 {:.2} s),内存峰值 {}(VmHWM;读取完毕时 {}),{} 核,输出 {}",
        started.elapsed().as_secs_f64(),
        read_secs,
        rss::peak_text(),
        read_peak,
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        a.out.display()
    );
    ExitCode::SUCCESS
}

/// JSON Lines: the meta line, then a second pass over the counted files only, in intake order,
/// each unit's lines written as soon as it is evaluated.
fn write_jsonl(
    a: &RollupArgs,
    pack: &Pack,
    intake: &Intake,
    today: &str,
    naming: &Naming,
) -> Result<(), WriteError> {
    let file = std::fs::File::create(&a.out)?;
    let mut out = BufWriter::new(file);
    let counts = MetaCounts {
        files_read: intake.read,
        rejected: intake.rejected.len(),
        duplicates: intake.duplicates.len(),
        units: intake.units().len(),
    };
    writeln!(out, "{}", meta_line(pack, today, counts, naming))?;
    let kept: HashSet<&str> = intake.units().iter().map(|u| u.file.as_str()).collect();
    let mut seen = HashSet::new();
    let sources: Vec<&str> = intake
        .units()
        .iter()
        .map(|u| source_file(&u.file))
        .filter(|s| seen.insert(*s))
        .collect();
    let mut failed = None;
    walk::in_order(
        &sources,
        |name| {
            let path: PathBuf = a.dir.join(name);
            let mut text = String::new();
            if let Ok(bytes) = std::fs::read(&path) {
                for (read, evaluation) in read_evaluated(name, &bytes, pack) {
                    if let (Read::Unit(u), Some(e)) = (read, evaluation) {
                        if kept.contains(u.file.as_str()) {
                            unit_lines(&mut text, pack, &u, &e, naming);
                        }
                    }
                }
            }
            text
        },
        |text| {
            if failed.is_none() {
                if let Err(e) = out.write_all(text.as_bytes()) {
                    failed = Some(e);
                }
            }
        },
    );
    if let Some(e) = failed {
        return Err(e.into());
    }
    Ok(out.flush()?)
}
