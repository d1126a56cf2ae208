//! `fingertip pack check FILE [--json OUT]`: an overlay pack (地方标准) through the same checks
//! as 加载地方标准 in the app, every problem printed on its own line; with `--json`, the checked
//! overlay is written in the JSON form the browser loads, its content hash stamped.

use std::process::ExitCode;

use fingertip_core::{overlay, pack};

/// Exit code when the overlay has problems.
const PROBLEMS: u8 = 1;
/// Exit code when a file cannot be read or written.
const IO: u8 = 2;

/// Runs `pack check` on the arguments after `pack check`.
pub fn run(args: &[String]) -> ExitCode {
    let (file, out) = match args {
        [file] => (file, None),
        [file, flag, out] if flag == "--json" => (file, Some(out)),
        _ => {
            eprintln!("fingertip: 用法:fingertip pack check FILE [--json OUT.json]");
            return ExitCode::from(64);
        }
    };
    let Some(national) = pack::embedded() else {
        eprintln!("fingertip: 内置问卷无法读取");
        return ExitCode::from(70);
    };
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            println!("{file}: 无法读取 — 文件打不开或不是 UTF-8 文字({e})");
            return ExitCode::from(IO);
        }
    };
    let o = match overlay::load(&text, national) {
        Ok(o) => o,
        Err(problems) => {
            println!("{file}: 有 {} 处问题,不能加载", problems.len());
            for p in problems {
                println!("  - {p}");
            }
            return ExitCode::from(PROBLEMS);
        }
    };
    let p = overlay::preview(&o, national);
    println!(
        "{file}: 可以加载 — {}(新增 {} 题,调整 {} 项参数,增加 {} 处选项;校验值 {})",
        p.name,
        p.added_items.len(),
        p.overrides.len(),
        p.extra_options.len(),
        o.hash
    );
    for line in p
        .added_items
        .iter()
        .chain(&p.overrides)
        .chain(&p.extra_options)
    {
        println!("  + {line}");
    }
    if let Some(out) = out {
        if let Err(e) = std::fs::write(out, overlay::to_json(&o) + "\n") {
            println!("{out}: 无法写入({e})");
            return ExitCode::from(IO);
        }
        println!("已写出 JSON 形式:{out}");
    }
    ExitCode::SUCCESS
}
