//! `fingertip`: the 指尖自查 rules on the command line, for IT staff and CI — `check` validates
//! files and prints each verdict, `rollup` summarises a directory of units' files into XLSX,
//! CSV or JSON Lines. Every rule comes from `fingertip-core`; nothing is re-implemented here.

mod args;
mod check;
mod clock;
mod pack_check;
mod rollup;
mod rss;
mod walk;

use std::process::ExitCode;

const USAGE: &str = "用法:
  fingertip check FILE…
      检查每个存档,逐个打印结论。退出码:0 全部可读且无红线;1 有红线问题;2 有文件无法读取;64 用法错误
  fingertip rollup DIR --out FILE.xlsx|FILE.csv|FILE.jsonl [--anonymise] [--key 口令]
                   [--today YYYY-MM-DD] [--stale-days N]
      汇总 DIR(含子目录)中的全部 .json 存档和备份,打印用时和内存峰值
  fingertip pack check FILE.toml|FILE.json [--json OUT.json]
      检查地方标准(叠加包),逐条打印与网页“加载地方标准”相同的错误;--json 写出浏览器可加载的 JSON 形式。
      退出码:0 可以加载;1 有问题;2 文件无法读写;64 用法错误";

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    match argv.first().map(String::as_str) {
        Some("check") if argv.len() > 1 => check::run(&argv[1..]),
        Some("pack") if argv.get(1).map(String::as_str) == Some("check") => {
            pack_check::run(&argv[2..])
        }
        Some("rollup") => match args::RollupArgs::parse(&argv[1..]) {
            Ok(a) => rollup::run(&a),
            Err(e) => usage(&e.to_string()),
        },
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => usage("缺少子命令或文件"),
    }
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("fingertip: {problem}\n{USAGE}");
    ExitCode::from(64)
}
