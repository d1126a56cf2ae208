//! 核验 (verify): does a paper copy belong to a data file? The fingerprint read from the paper
//! (typed, or the text a phone's scanner read from its QR code) is compared with the content
//! fingerprint of each opened file; the first file is the one being checked, the others are
//! searched for a match when it does not fit.

use crate::finalise::SealCheck;
use crate::fingerprint::{content_fingerprint, short, SHORT_LEN};
use crate::import::{inspect_with, ImportError, PackItemsSnapshot};
use crate::pack::Pack;
use crate::report::QR_TITLE;

/// Length of the full fingerprint, in hex digits.
pub const FULL_LEN: usize = 64;

/// Why the typed fingerprint cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    /// Nothing typed.
    #[error("请输入纸质报告上的数据指纹,或粘贴扫描二维码得到的文字。")]
    Empty,
    /// Characters other than hex digits (after labels, spaces and dashes are removed).
    #[error("指纹只能包含数字 0–9 和字母 a–f,请核对输入(例如字母 O 应为数字 0)。")]
    NotHex,
    /// Neither the short nor the full length.
    #[error("指纹应为 16 位(报告每页底部的短指纹)或 64 位(二维码中的完整指纹),现在是 {0} 位。")]
    WrongLength(usize),
}

/// The fingerprint in `input`: lower-case hex, 16 or 64 digits. Accepts the short fingerprint
/// as printed (any case, spaces or dashes between groups, an optional 数据指纹 label) or the
/// whole text of the report's QR code.
pub fn parse_typed(input: &str) -> Result<String, VerifyError> {
    let line = match input.find(QR_TITLE) {
        Some(at) => {
            let rest = input.get(at + QR_TITLE.len()..).unwrap_or_default();
            rest.lines().next().unwrap_or_default()
        }
        None => input,
    };
    let mut text = line.to_string();
    for label in ["数据指纹", "文件指纹", "指纹", ":", ":"] {
        text = text.replace(label, "");
    }
    let digits: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '_' | '·' | '.'))
        .collect();
    if digits.is_empty() {
        return Err(VerifyError::Empty);
    }
    if !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(VerifyError::NotHex);
    }
    match digits.chars().count() {
        SHORT_LEN | FULL_LEN => Ok(digits.to_ascii_lowercase()),
        n => Err(VerifyError::WrongLength(n)),
    }
}

/// Whether `typed` (from [`parse_typed`]) is the full fingerprint `full` or its short form.
pub fn matches(typed: &str, full: &str) -> bool {
    match typed.len() {
        FULL_LEN => typed == full,
        _ => typed == short(full),
    }
}

/// What an opened file is, for the verify page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileFacts {
    /// Unit name as written.
    pub unit: String,
    /// Assessment date as written.
    pub date: String,
    /// Its content fingerprint (64 hex digits), over the file's own pack version.
    pub fingerprint: String,
    /// 已定稿 / 未定稿 / 定稿后被改动过 …
    pub state: &'static str,
}

/// Reads a file the user opened for verifying: the import pipeline's checks, then its content
/// fingerprint. A backup is refused (its drafts are checked one by one after restoring).
pub fn file_facts(
    bytes: &[u8],
    pack: &Pack,
    history: &[PackItemsSnapshot],
) -> Result<FileFacts, ImportError> {
    let p = inspect_with(bytes, pack, history)?;
    let a = p.file.clone().into_assessment();
    Ok(FileFacts {
        unit: p.unit.clone(),
        date: p.date.clone(),
        fingerprint: content_fingerprint(&p.file.pack_id, &p.file.pack_version, &a),
        state: match p.seal {
            SealCheck::NotFinalised => "未定稿",
            SealCheck::Intact => "已定稿",
            SealCheck::Broken { .. } => "定稿后被改动过(指纹与定稿记录不符)",
            SealCheck::OtherPackVersion { .. } => "已定稿(按旧版问卷)",
        },
    })
}

/// The verdict of a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The first file matches the paper: 一致.
    Match,
    /// It does not: 不一致; `other` is the first other file that matches, if any.
    Mismatch {
        /// Index into the files of a matching one.
        other: Option<usize>,
    },
}

/// Compares `typed` with the fingerprints of the opened files (`None` for one that could not
/// be read); the first file is the one checked. `None` when no file was opened.
pub fn verify(typed: &str, files: &[Option<&str>]) -> Option<Outcome> {
    let hit = |f: &Option<&str>| f.is_some_and(|fp| matches(typed, fp));
    let first = files.first()?;
    Some(match hit(first) {
        true => Outcome::Match,
        false => Outcome::Mismatch {
            other: files.iter().skip(1).position(hit).map(|i| i + 1),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FP: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    #[test]
    fn typed_forms_are_read() {
        assert_eq!(
            parse_typed(" 0123 4567-89AB cdef ").as_deref(),
            Ok(short(FP))
        );
        assert_eq!(
            parse_typed("数据指纹:0123456789abcdef").as_deref(),
            Ok(short(FP))
        );
        let scanned = format!("{QR_TITLE} {FP}\n单位 某县\n日期 2026-11-01\n问卷 x 1");
        assert_eq!(parse_typed(&scanned).as_deref(), Ok(FP));
        assert_eq!(parse_typed("  "), Err(VerifyError::Empty));
        assert_eq!(parse_typed("0123456789abcdeg"), Err(VerifyError::NotHex));
        assert_eq!(parse_typed("0123"), Err(VerifyError::WrongLength(4)));
    }

    #[test]
    fn the_first_file_is_checked_and_the_others_searched() {
        let other = "f".repeat(64);
        assert_eq!(verify(short(FP), &[Some(FP)]), Some(Outcome::Match));
        assert_eq!(verify(FP, &[Some(FP)]), Some(Outcome::Match));
        assert_eq!(
            verify(short(FP), &[Some(&other), None, Some(FP)]),
            Some(Outcome::Mismatch { other: Some(2) })
        );
        assert_eq!(
            verify(short(FP), &[Some(&other)]),
            Some(Outcome::Mismatch { other: None })
        );
        assert_eq!(verify(FP, &[]), None);
    }
}
