//! What an importable file holds and what is wrong with it, shown to the user before anything
//! is imported, with the migrated file ready to become a draft.

use std::collections::HashSet;

use serde_json::Value;

use super::history::{partial_changes, PackChanges};
use super::scan::Found;
use super::triage::{is_blocking, unmapped};
use super::warning::{warnings, ImportWarning};
use super::PackItemsSnapshot;
use crate::engine::{card_gaps, involved_functions};
use crate::finalise::{check_seal, SealCheck};
use crate::model::{AnswerKey, AnswerRecord, Purpose};
use crate::pack::{Pack, Release};
use crate::save::{validate, SavedFile, ValidationIssue, FORMAT_VERSION};

/// How much the file holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Apps in the inventory.
    pub apps: usize,
    /// Public accounts in the inventory.
    pub accounts: usize,
    /// Work groups in the inventory.
    pub groups: usize,
    /// Answer records.
    pub answers: usize,
}

/// A readable file, described for the user to confirm.
///
/// Nothing in the file is dropped. Answers the current pack cannot count (unknown or removed
/// item ids, assets missing from the inventory or of the wrong kind) stay in `file`'s answers,
/// so they are kept in the draft, saved and exported with it, and count again if a later pack
/// brings the item back; `unmapped` lists them so the UI can show them set aside.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    /// Unit name as written (may be empty).
    pub unit: String,
    /// Why the self-check was done.
    pub purpose: Purpose,
    /// Assessment date, `YYYY-MM-DD` as written.
    pub date: String,
    /// When the draft was created, ISO 8601.
    pub created: String,
    /// When it was last changed, ISO 8601.
    pub updated: String,
    /// Format version the file was written in (before migration).
    pub format_version: u64,
    /// Pack id of the file (always the current pack's id: others are refused).
    pub pack_id: String,
    /// Pack version the file was answered against.
    pub pack_version: String,
    /// Version of the current pack.
    pub current_pack_version: String,
    /// Inventory and answer counts.
    pub counts: Counts,
    /// Problems against the current pack, by field, in Chinese (from [`validate`]).
    pub problems: Vec<ValidationIssue>,
    /// True when importing as-is would lose an answer, mix up two assets' answers, or judge
    /// with values the pack cannot read (see [`is_blocking`]); the UI must not import silently.
    pub blocking: bool,
    /// Answers kept in the file that the current pack does not count.
    pub unmapped: Vec<AnswerRecord>,
    /// Number of strings containing `<…>` or "script"; shown as plain text, reported as a warning.
    pub strings_with_markup: usize,
    /// Fields of the file this format does not know; they are not imported.
    pub ignored_fields: Vec<String>,
    /// Set when the file's pack version differs from the current one.
    pub pack_changes: Option<PackChanges>,
    /// Answered items whose question was reworded since the file's pack version.
    pub answered_reworded: Vec<String>,
    /// Answers (item, asset) claiming an exception whose justification is incomplete.
    pub unjustified: Vec<AnswerKey>,
    /// What changed in the questionnaire since the file's pack version, newest release first.
    pub changelog: Vec<Release>,
    /// The finalisation record checked against the content; when it does not hold, `file`
    /// opens as not finalised (its change log is kept).
    pub seal: SealCheck,
    /// Everything to warn about besides `problems`, in Chinese, most important first.
    pub warnings: Vec<ImportWarning>,
    /// The file, migrated to the current format, ready to import.
    pub file: SavedFile,
}

/// Describes `file` (read from `raw`, written in format `version`) against `pack`.
pub(super) fn build(
    mut file: SavedFile,
    raw: &Value,
    version: u64,
    pack: &Pack,
    history: &[PackItemsSnapshot],
) -> Preview {
    let seal = check_seal(&file, pack);
    let problems = validate(pack, &file);
    let blocking = problems.iter().any(|p| is_blocking(p, pack));
    // Migration from format 1 to 2 only adds fields, so a field of the raw file that is not in
    // the migrated one was ignored in either format. A later migration that renames fields
    // must narrow this to the formats whose layout still matches.
    let compare = (1..=u64::from(FORMAT_VERSION)).contains(&version);
    let Found {
        markup,
        invisible,
        ignored,
    } = super::scan::walk_kept(raw, &mut file, compare);
    let body = &file.assessment;
    let answered = || body.answers.iter().map(|r| r.item.as_str());
    let pack_changes = (file.pack_version != pack.version).then(|| {
        history
            .iter()
            .find(|s| s.pack_id == file.pack_id && s.version == file.pack_version)
            .map(|old| super::pack_changes(old, pack))
            .unwrap_or_else(|| partial_changes(&file.pack_version, pack, answered()))
    });
    let answered_reworded = pack_changes
        .as_ref()
        .map(|c| {
            let items: HashSet<&str> = answered().collect();
            c.reworded
                .iter()
                .filter(|r| items.contains(r.id.as_str()))
                .map(|r| r.id.clone())
                .collect()
        })
        .unwrap_or_default();
    let unmapped = unmapped(&file, pack);
    let unjustified = unjustified(&file, pack);
    let changelog = releases_since(pack, &file.pack_version);
    let mut preview = Preview {
        unit: body.profile.name.clone(),
        purpose: body.profile.purpose,
        date: body.profile.date.clone(),
        created: body.created.clone(),
        updated: body.updated.clone(),
        format_version: version,
        pack_id: file.pack_id.clone(),
        pack_version: file.pack_version.clone(),
        current_pack_version: pack.version.clone(),
        counts: Counts {
            apps: body.inventory.apps.len(),
            accounts: body.inventory.accounts.len(),
            groups: body.inventory.groups.len(),
            answers: body.answers.len(),
        },
        problems,
        blocking,
        unmapped,
        strings_with_markup: markup.len(),
        ignored_fields: ignored,
        pack_changes,
        answered_reworded,
        unjustified,
        changelog,
        seal,
        warnings: Vec::new(),
        file,
    };
    if !preview.seal.keeps_finalised() {
        preview.file.assessment.finalisation.finalised = None;
    }
    preview.warnings = warnings(&preview, &markup, &invisible, pack);
    preview
}

/// Answers that claim an item's exception while a card of an involved function is missing or
/// incomplete as written (expiry depends on the assessment date and is shown in the row).
fn unjustified(file: &SavedFile, pack: &Pack) -> Vec<AnswerKey> {
    file.assessment
        .answers
        .iter()
        .filter(|r| r.answer.exception)
        .filter(|r| {
            let Some(exception) = pack.item(&r.item).and_then(|i| i.exception.as_ref()) else {
                return false;
            };
            let Some(value) = &r.answer.value else {
                return false;
            };
            involved_functions(exception, value)
                .iter()
                .any(|f| !card_gaps(exception, r.answer.justifications.get(&f.value)).is_empty())
        })
        .map(|r| (r.item.clone(), r.asset.clone()))
        .collect()
}

/// `x.y.z` as numbers, for ordering versions; unparsable parts count as 0.
fn version_key(v: &str) -> Vec<u64> {
    v.split('.')
        .map(|p| p.trim().parse().unwrap_or(0))
        .collect()
}

/// The releases of `pack` newer than `version`, newest first.
pub fn releases_since(pack: &Pack, version: &str) -> Vec<Release> {
    let from = version_key(version);
    pack.changelog
        .iter()
        .filter(|r| version_key(&r.version) > from)
        .cloned()
        .collect()
}
