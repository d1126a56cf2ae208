//! The import checks without the preview, for the roll-up that reads thousands of files and shows
//! none of them one by one: a file is refused for exactly the reasons 打开文件 refuses it and is
//! blocking on exactly the same problems, but what only the preview shows (warnings, changes since
//! the file's questionnaire version, unmapped answers, the finalisation seal) is not computed.
//! `core/tests/import_check.rs` holds it to [`inspect_with`](super::inspect_with) over the whole
//! import corpus.

use std::borrow::Cow;

use serde_json::Value;

use super::triage::is_blocking;
use super::{opened, read, sniff, ImportError};
use crate::pack::Pack;
use crate::save::{validate, SavedFile, ValidationIssue};

/// A readable saved file, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked<'a> {
    /// The file, migrated to the current format. Its finalisation record is kept as written
    /// (the preview clears one whose seal does not hold; the roll-up does not read it).
    pub file: SavedFile,
    /// Problems against the pack it is judged on, as in [`Preview::problems`](super::Preview).
    pub problems: Vec<ValidationIssue>,
    /// As [`Preview::blocking`](super::Preview): importing as-is would lose or mix up answers.
    pub blocking: bool,
    /// The pack it is judged on: the given one, or that pack with the file's overlays applied.
    pub pack: Cow<'a, Pack>,
}

/// Checks the bytes of a file as [`inspect_with`](super::inspect_with) does, without the
/// preview. A backup gives [`ImportError::IsBackup`].
pub fn check<'a>(bytes: &[u8], pack: &'a Pack) -> Result<Checked<'a>, ImportError> {
    let text = sniff::decode(bytes)?;
    let value: Value = read::parse_json(text)?;
    let (file, _version, pack) = opened(&value, pack)?;
    let problems = validate(&pack, &file);
    let blocking = problems.iter().any(|p| is_blocking(p, &pack));
    Ok(Checked {
        file,
        problems,
        blocking,
        pack,
    })
}
