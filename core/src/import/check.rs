//! The import checks without the preview, for the roll-up that reads thousands of files and shows
//! none of them one by one: a file is refused for exactly the reasons 打开文件 refuses it and is
//! blocking on exactly the same problems, but what only the preview shows (warnings, changes since
//! the file's questionnaire version, unmapped answers, the finalisation seal) is not computed.
//! `core/tests/import_check.rs` holds it to [`inspect_with`](super::inspect_with) over the whole
//! import corpus.
//!
//! Most files a roll-up reads were written by this version of the app: those are read in one
//! validating pass over the text and one typed parse, without building a JSON value first. Any file
//! that pass is not sure of goes down 打开文件's path, which gives the same result and the reason.

use std::borrow::Cow;

use serde_json::Value;

use super::limits::{lists_within, MAX_TEXT_CHARS};
use super::triage::is_blocking;
use super::{opened, plain_json, read, sniff, with_overlays, ImportError};
use crate::pack::Pack;
use crate::save::{validate, SavedFile, ValidationIssue, FORMAT_VERSION};

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
    let (file, pack) = match current(text, pack) {
        Some(file) => {
            let judged_on = with_overlays(pack, &file.assessment.overlays)?;
            (file, judged_on)
        }
        None => {
            let value: Value = read::parse_json(text)?;
            let (file, _version, judged_on) = opened(&value, Some(text), pack)?;
            (file, judged_on)
        }
    };
    let problems = validate(&pack, &file);
    let blocking = problems.iter().any(|p| is_blocking(p, &pack));
    Ok(Checked {
        file,
        problems,
        blocking,
        pack,
    })
}

/// `text` read straight into a saved file when nothing about it needs the full path: no repeated
/// key, no text that may be over the limit, not a backup, the current format, this pack, lists
/// within the limits. Such a file is what [`opened`] would give for it; for any other `None`.
fn current(text: &str, pack: &Pack) -> Option<SavedFile> {
    // A character is at least one byte, so no string of this many bytes is over the limit.
    if !plain_json::is_plain(text, MAX_TEXT_CHARS) {
        return None;
    }
    let file = crate::save::read_text(text).ok()?;
    let ours = file.format_version == FORMAT_VERSION && file.pack_id == pack.id;
    (ours && lists_within(&file)).then_some(file)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test
    use super::*;
    use crate::pack::embedded;
    use crate::sample::SAMPLE_JSON;

    #[test]
    fn a_file_in_the_current_format_takes_the_one_pass_read_and_others_do_not() {
        let pack = embedded().expect("pack");
        let sample = crate::save::parse(SAMPLE_JSON).expect("sample");
        let text = serde_json::to_string(&sample).expect("json");
        assert_eq!(current(&text, pack), Some(sample));
        let repeated = text.replacen("\"item\":", "\"item\":\"A1.1\",\"item\":", 1);
        assert_eq!(current(&repeated, pack), None);
        let (now, before) = (FORMAT_VERSION, FORMAT_VERSION - 1);
        let older = text.replacen(
            &format!("\"format_version\":{now}"),
            &format!("\"format_version\":{before}"),
            1,
        );
        assert_ne!(older, text);
        assert_eq!(current(&older, pack), None);
        assert_eq!(
            current(SAMPLE_JSON, pack),
            None,
            "the sample is in an older format"
        );
    }
}
