//! `fingertip check FILE…`: each file through the same import checks as 打开文件, each
//! self-check's verdict and filing readiness printed, and an exit code for CI.

use std::process::ExitCode;

use fingertip_core::pack;
use fingertip_core::rollup::{read_file, Read};

/// Exit code when a self-check has red lines.
const RED_LINES: u8 = 1;
/// Exit code when a file cannot be read (takes precedence over red lines).
const UNREADABLE: u8 = 2;

/// Checks every file in `files`.
pub fn run(files: &[String]) -> ExitCode {
    let Some(pack) = pack::embedded() else {
        eprintln!("fingertip: 内置问卷无法读取");
        return ExitCode::from(70);
    };
    let mut code = 0u8;
    for path in files {
        let reads = match std::fs::read(path) {
            Ok(bytes) => read_file(path, &bytes, pack),
            Err(e) => {
                println!("{path}: 无法读取 — 文件打不开({e})");
                code = UNREADABLE;
                continue;
            }
        };
        for read in reads {
            match read {
                Read::Rejected(r) => {
                    println!("{}: 无法读取 — {}{}", r.file, r.reason, r.detail);
                    code = UNREADABLE;
                }
                Read::Unit(u) => {
                    println!(
                        "{}: {} — {}(红线 {},建议改进 {},未作答 {},完成 {}%)",
                        u.file,
                        u.name,
                        u.overall.label(),
                        u.counts.red_line,
                        u.counts.advisory,
                        u.counts.unanswered,
                        u.completion
                    );
                    for app in &u.apps {
                        println!("    应用“{}”:{}", app.name, app.filing.label());
                    }
                    if u.counts.red_line > 0 && code == 0 {
                        code = RED_LINES;
                    }
                }
            }
        }
    }
    ExitCode::from(code)
}
