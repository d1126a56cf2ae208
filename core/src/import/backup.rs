//! Whole-browser backups: every draft plus the stored entries that could not be read
//! (quarantined, kept verbatim), in one file, restored draft by draft so one bad draft does not
//! sink the others.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::read::{format_version, parse_json, shape, Shape, BACKUP_KIND};
use super::{inspect_value, ImportError, PackItemsSnapshot, Preview};
use crate::pack::Pack;
use crate::save::{SavedFile, FORMAT_VERSION};
use crate::timestamp::Timestamp;

/// A stored entry that could not be read as a draft, kept as it was so nothing is lost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuarantinedEntry {
    /// Its storage key.
    pub key: String,
    /// Its stored text, verbatim.
    pub raw: String,
}

/// A backup file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Backup {
    /// Always [`BACKUP_KIND`]: tells a backup from a saved file.
    pub kind: String,
    /// The save format of the drafts it was written with, see [`FORMAT_VERSION`].
    pub format_version: u32,
    /// When it was exported, ISO 8601.
    pub exported: String,
    /// Every draft.
    pub drafts: Vec<SavedFile>,
    /// Entries that could not be read as drafts.
    #[serde(default)]
    pub quarantined: Vec<QuarantinedEntry>,
}

#[derive(Serialize)]
struct BackupRef<'a> {
    kind: &'a str,
    format_version: u32,
    exported: &'a str,
    drafts: &'a [SavedFile],
    quarantined: &'a [QuarantinedEntry],
}

/// Adds the draft open in memory to the stored drafts for a backup: it replaces the stored copy
/// unless that copy may be newer (another tab saved it since, or either stamp is not a valid
/// timestamp, so which is newer cannot be known); then both are kept, so nothing typed in either
/// place is lost. Stamps are compared as instants ([`Timestamp`]), not as strings.
pub fn add_open_draft(drafts: &mut Vec<SavedFile>, open: SavedFile) {
    let not_newer = |stored: &SavedFile| match (
        Timestamp::parse(&stored.assessment.updated),
        Timestamp::parse(&open.assessment.updated),
    ) {
        (Some(s), Some(o)) => s <= o,
        _ => stored.assessment.updated == open.assessment.updated,
    };
    match drafts
        .iter_mut()
        .find(|d| d.assessment.id == open.assessment.id)
    {
        Some(stored) if not_newer(stored) => *stored = open,
        _ => drafts.push(open),
    }
}

/// The backup file's text: pretty-printed, drafts and quarantined entries in the order given.
pub fn backup_json(
    exported: &str,
    drafts: &[SavedFile],
    quarantined: &[QuarantinedEntry],
) -> String {
    let backup = BackupRef {
        kind: BACKUP_KIND,
        format_version: FORMAT_VERSION,
        exported,
        drafts,
        quarantined,
    };
    // Plain structs with string-keyed maps always serialise; the fallback is unreachable.
    serde_json::to_string_pretty(&backup).unwrap_or_default()
}

/// A quarantined entry and what reading it now gives (a newer build may read what an older could not).
#[derive(Debug, Clone, PartialEq)]
pub struct QuarantinedPreview {
    /// The entry, verbatim.
    pub entry: QuarantinedEntry,
    /// Its preview if it reads as a saved file now.
    pub result: Result<Preview, ImportError>,
}

/// What a backup holds, draft by draft.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupPreview {
    /// Format version of the backup.
    pub format_version: u64,
    /// When it was exported, as written.
    pub exported: String,
    /// Each draft's preview or error, in file order.
    pub drafts: Vec<Result<Preview, ImportError>>,
    /// Each draft's JSON text, by position, for the drafts that cannot be restored (an error, or
    /// a blocking problem): they go into quarantine verbatim, without reading the file again.
    pub raw: Vec<Option<String>>,
    /// Quarantined entries; restore them to quarantine whatever their result.
    pub quarantined: Vec<QuarantinedPreview>,
    /// Draft ids that occur more than once; restoring both would overwrite one.
    pub duplicate_ids: Vec<String>,
}

/// Reads a backup file, as [`inspect_backup_with`] without pack history.
pub fn inspect_backup(bytes: &[u8], pack: &Pack) -> Result<BackupPreview, ImportError> {
    inspect_backup_with(bytes, pack, &[])
}

/// Reads a backup file: the same checks as [`inspect`](super::inspect) for the file, then each
/// draft previewed on its own; `history` holds snapshots of released pack versions.
pub fn inspect_backup_with(
    bytes: &[u8],
    pack: &Pack,
    history: &[PackItemsSnapshot],
) -> Result<BackupPreview, ImportError> {
    let text = super::sniff::decode(bytes)?;
    let value = parse_json(text)?;
    match shape(&value)? {
        Shape::Saved(_) => Err(ImportError::NotBackup),
        Shape::Backup(object) => backup_preview(object, pack, history),
    }
}

/// A backup's parsed top-level object, previewed draft by draft.
pub(super) fn backup_preview(
    object: &Map<String, Value>,
    pack: &Pack,
    history: &[PackItemsSnapshot],
) -> Result<BackupPreview, ImportError> {
    let format_version = format_version(object)?;
    let Some(drafts) = object.get("drafts").and_then(Value::as_array) else {
        let what = "字段 drafts 缺少或不是列表(备份中的自查列表)";
        return Err(ImportError::Malformed(what.into()));
    };
    let (drafts, raw): (Vec<_>, Vec<_>) = drafts
        .iter()
        .map(|d| {
            let result = inspect_value(d, None, pack, history);
            let restorable = matches!(&result, Ok(p) if !p.blocking);
            let raw = (!restorable).then(|| d.to_string());
            (result, raw)
        })
        .unzip();
    let quarantined = match object.get("quarantined") {
        Some(Value::Array(entries)) => entries.iter().map(quarantined_entry).collect(),
        None | Some(Value::Null) => Vec::new(),
        Some(other) => vec![quarantined_entry(other)],
    };
    // A rescue file holds every stored key raw: a large draft as its manifest and parts.
    let quarantined = crate::store::join_entries(quarantined)
        .into_iter()
        .map(|entry| {
            let result = super::inspect_with(entry.raw.as_bytes(), pack, history);
            QuarantinedPreview { entry, result }
        })
        .collect();
    Ok(BackupPreview {
        format_version,
        exported: object
            .get("exported")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        duplicate_ids: duplicate_ids(&drafts),
        drafts,
        raw,
        quarantined,
    })
}

/// An entry as written, or — when it is not `{key, raw}` — its whole JSON kept as `raw`.
fn quarantined_entry(value: &Value) -> QuarantinedEntry {
    match (
        value.get("key").and_then(Value::as_str),
        value.get("raw").and_then(Value::as_str),
    ) {
        (Some(key), Some(raw)) => QuarantinedEntry {
            key: key.to_string(),
            raw: raw.to_string(),
        },
        _ => QuarantinedEntry {
            key: String::new(),
            raw: value.to_string(),
        },
    }
}

fn duplicate_ids(drafts: &[Result<Preview, ImportError>]) -> Vec<String> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for p in drafts.iter().flatten() {
        *seen.entry(p.file.assessment.id.as_str()).or_default() += 1;
    }
    let mut out: Vec<String> = seen
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(id, _)| id.to_string())
        .collect();
    out.sort();
    out
}
