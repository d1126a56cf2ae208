//! 定稿 (finalise) and 重新打开 (reopen): a finalised self-check records who finalised it, when
//! and its content fingerprint, and is read-only (every [`Edit`](crate::edit::Edit) is refused);
//! reopening asks for a reason and opens a change-log entry that is closed — with the new
//! fingerprint and the answers that changed — when it is finalised again. [`check_seal`] tells
//! on import whether a finalised file still holds the content it was finalised with.

mod error;
mod seal;

pub use error::FinaliseError;
pub use seal::{check_seal, SealCheck};

use std::collections::BTreeMap;

use crate::fingerprint::{answer_digest, content_fingerprint};
use crate::model::{AnswerDigest, AnswerKey, AnswerRef, Assessment, Finalised, Reopening};
use crate::pack::Pack;

/// Longest reason or name kept, in characters; longer text is refused rather than cut.
pub const MAX_TEXT: usize = 500;

/// `text` trimmed, or the error `empty` when nothing is left, or [`FinaliseError::TooLong`].
fn required(text: &str, empty: FinaliseError) -> Result<String, FinaliseError> {
    let t = text.trim();
    match t.chars().count() {
        0 => Err(empty),
        n if n > MAX_TEXT => Err(FinaliseError::TooLong),
        _ => Ok(t.to_string()),
    }
}

/// Finalises `a` at `now` (ISO 8601) in the names typed: 填报人 `assessor` (required) and
/// 审核人 `reviewer` (may be blank). Closes an open reopening with the new fingerprint and the
/// answers changed since. Nothing changes on error.
pub fn finalise(
    pack: &Pack,
    a: &mut Assessment,
    assessor: &str,
    reviewer: &str,
    now: &str,
) -> Result<(), FinaliseError> {
    if a.is_finalised() {
        return Err(FinaliseError::AlreadyFinalised);
    }
    let assessor = required(assessor, FinaliseError::NoAssessor)?;
    let reviewer = reviewer.trim().to_string();
    if reviewer.chars().count() > MAX_TEXT {
        return Err(FinaliseError::TooLong);
    }
    let fingerprint = content_fingerprint(&pack.id, &pack.version, a);
    let current = digests(a);
    if let Some(open) = a.finalisation.log.last_mut().filter(|r| r.is_open()) {
        open.changed = changed(&open.baseline, &current);
        open.baseline = Vec::new();
        open.after = fingerprint.clone();
    }
    a.finalisation.finalised = Some(Finalised {
        assessor,
        reviewer,
        at: now.to_string(),
        fingerprint,
    });
    Ok(())
}

/// Reopens a finalised `a` at `now` for `reason` (required): it becomes editable again and the
/// change log gains an open entry remembering every answer as it was. Nothing changes on error.
pub fn reopen(a: &mut Assessment, reason: &str, now: &str) -> Result<(), FinaliseError> {
    let Some(before) = a
        .finalisation
        .finalised
        .as_ref()
        .map(|f| f.fingerprint.clone())
    else {
        return Err(FinaliseError::NotFinalised);
    };
    let reason = required(reason, FinaliseError::NoReason)?;
    let baseline = digests(a);
    a.finalisation.finalised = None;
    a.finalisation.log.push(Reopening {
        reason,
        at: now.to_string(),
        before,
        after: String::new(),
        changed: Vec::new(),
        baseline,
    });
    Ok(())
}

/// The digest of every answer of `a`, in key order.
fn digests(a: &Assessment) -> Vec<AnswerDigest> {
    a.answers
        .iter()
        .map(|((item, asset), answer)| AnswerDigest {
            item: item.clone(),
            asset: asset.clone(),
            digest: answer_digest(answer),
        })
        .collect()
}

/// Answers added, removed or changed from `before` to `after`, in key order.
fn changed(before: &[AnswerDigest], after: &[AnswerDigest]) -> Vec<AnswerRef> {
    let map = |list: &[AnswerDigest]| -> BTreeMap<AnswerKey, String> {
        list.iter()
            .map(|d| ((d.item.clone(), d.asset.clone()), d.digest.clone()))
            .collect()
    };
    let (before, after) = (map(before), map(after));
    let mut keys: Vec<&AnswerKey> = before.keys().chain(after.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| before.get(*k) != after.get(*k))
        .map(|(item, asset)| AnswerRef {
            item: item.clone(),
            asset: asset.clone(),
        })
        .collect()
}

/// An ISO 8601 time as `YYYY-MM-DD hh:mm` for display (the app records local time with its
/// offset, so this is the time the user saw); anything shorter is shown as written.
pub fn time_text(iso: &str) -> String {
    match (iso.get(..10), iso.get(11..16)) {
        (Some(date), Some(time)) => format!("{date} {time}"),
        _ => iso.to_string(),
    }
}
