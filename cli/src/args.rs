//! The `rollup` subcommand's arguments, parsed by hand (four flags do not need a parser crate).

use std::path::PathBuf;

/// Output format, from the `--out` file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One sheet per view.
    Xlsx,
    /// The units table.
    Csv,
    /// One line per unit × problem row.
    Jsonl,
}

/// What is wrong with the `rollup` arguments (the message printed before the usage, exit 64).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArgsError {
    /// A flag that takes a value came last.
    #[error("{0} 后缺少取值")]
    MissingValue(&'static str),
    /// `--today` is not a calendar date.
    #[error("--today 的日期“{0}”无效(应为 YYYY-MM-DD)")]
    BadToday(String),
    /// `--stale-days` is not a whole number.
    #[error("--stale-days 应为整数天数")]
    BadStaleDays,
    /// A flag this command does not have.
    #[error("不认识的选项 {0}")]
    UnknownFlag(String),
    /// A second directory or other stray word.
    #[error("多余的参数 {0}")]
    Extra(String),
    /// No directory given.
    #[error("缺少要汇总的目录")]
    MissingDir,
    /// No `--out` given.
    #[error("缺少 --out 输出文件")]
    MissingOut,
    /// `--out` names a format the roll-up does not write.
    #[error("--out 的扩展名应为 .xlsx、.csv 或 .jsonl")]
    BadExtension,
}

/// Parsed `rollup` arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct RollupArgs {
    /// Directory to read (recursively).
    pub dir: PathBuf,
    /// Output file.
    pub out: PathBuf,
    /// Its format.
    pub format: Format,
    /// Replace names by codes.
    pub anonymise: bool,
    /// The anonymisation key.
    pub key: String,
    /// Today, `YYYY-MM-DD`; the system date when absent.
    pub today: Option<String>,
    /// Stale threshold in days.
    pub stale_days: i64,
}

impl RollupArgs {
    /// Parses the arguments after `rollup`; the error's `Display` is a Chinese message.
    pub fn parse(args: &[String]) -> Result<Self, ArgsError> {
        let mut dir = None;
        let mut out = None;
        let mut anonymise = false;
        let mut key = String::new();
        let mut today = None;
        let mut stale_days = fingertip_core::rollup::DEFAULT_STALE_DAYS;
        let mut it = args.iter();
        while let Some(a) = it.next() {
            let mut value =
                |flag: &'static str| it.next().cloned().ok_or(ArgsError::MissingValue(flag));
            match a.as_str() {
                "--out" | "-o" => out = Some(PathBuf::from(value("--out")?)),
                "--anonymise" | "--anonymize" => anonymise = true,
                "--key" => key = value("--key")?,
                "--today" => {
                    let d = value("--today")?;
                    if fingertip_core::date::days_from_iso(&d).is_none() {
                        return Err(ArgsError::BadToday(d));
                    }
                    today = Some(d);
                }
                "--stale-days" => {
                    stale_days = value("--stale-days")?
                        .parse()
                        .map_err(|_| ArgsError::BadStaleDays)?
                }
                flag if flag.starts_with('-') => {
                    return Err(ArgsError::UnknownFlag(flag.to_string()))
                }
                path if dir.is_none() => dir = Some(PathBuf::from(path)),
                extra => return Err(ArgsError::Extra(extra.to_string())),
            }
        }
        let dir = dir.ok_or(ArgsError::MissingDir)?;
        let out = out.ok_or(ArgsError::MissingOut)?;
        let ext = out
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        let format = match ext.as_deref() {
            Some("xlsx") => Format::Xlsx,
            Some("csv") => Format::Csv,
            Some("jsonl") => Format::Jsonl,
            _ => return Err(ArgsError::BadExtension),
        };
        Ok(RollupArgs {
            dir,
            out,
            format,
            anonymise,
            key,
            today,
            stale_days,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<RollupArgs, String> {
        RollupArgs::parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
            .map_err(|e| e.to_string())
    }

    fn parse_error(args: &[&str]) -> Option<ArgsError> {
        RollupArgs::parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>()).err()
    }

    #[test]
    fn flags_and_format_are_read() {
        let a = parse(&[
            "d",
            "--out",
            "x.JSONL",
            "--anonymise",
            "--key",
            "k",
            "--stale-days",
            "30",
        ])
        .expect("parses");
        assert_eq!(
            (a.format, a.anonymise, a.key.as_str(), a.stale_days),
            (Format::Jsonl, true, "k", 30)
        );
        assert_eq!(a.dir, PathBuf::from("d"));
    }

    #[test]
    fn mistakes_are_named() {
        assert!(parse(&["d"]).expect_err("a mistake").contains("--out"));
        assert!(parse(&["d", "--out", "x.txt"])
            .expect_err("a mistake")
            .contains("扩展名"));
        assert!(parse(&["d", "--out", "x.csv", "--today", "2026-13-01"])
            .expect_err("a mistake")
            .contains("无效"));
        assert!(parse(&["d", "e", "--out", "x.csv"])
            .expect_err("a mistake")
            .contains("多余"));
        assert!(parse(&["--out"])
            .expect_err("a mistake")
            .contains("缺少取值"));
    }

    #[test]
    fn mistakes_are_typed() {
        assert_eq!(parse_error(&["d"]), Some(ArgsError::MissingOut));
        assert_eq!(
            parse_error(&["--out", "x.csv"]),
            Some(ArgsError::MissingDir)
        );
        assert_eq!(
            parse_error(&["d", "--out", "x.csv", "--stale-days", "x"]),
            Some(ArgsError::BadStaleDays)
        );
        assert_eq!(
            parse_error(&["d", "--bogus"]),
            Some(ArgsError::UnknownFlag("--bogus".into()))
        );
        assert_eq!(
            parse_error(&["d", "--out", "x.csv", "--key"]),
            Some(ArgsError::MissingValue("--key"))
        );
    }
}
