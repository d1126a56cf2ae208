//! Importing a file a user opens: every way it can fail gets a Chinese message saying what to
//! do, and a readable file is previewed — problems, warnings, changed questions — before
//! anything is imported. Pure functions of bytes and the pack; no web dependencies.
//!
//! The pipeline ([`open`], one parse): size → binary signatures → encoding → JSON → our file or a
//! backup, by the JSON's shape → format version (refuse newer, migrate older via
//! [`save::from_value`](crate::save::from_value)) → same pack → validation and preview. Nothing
//! in a readable file is dropped: see [`Preview`]. A backup is restored by one [`RestorePlan`].

mod backup;
mod check;
mod error;
mod history;
mod limits;
mod open;
mod opened;
mod plain_json;
mod preview;
mod read;
mod restore;
mod scan;
mod sniff;
mod strict_json;
mod triage;
mod warning;

pub use backup::{
    add_open_draft, backup_json, inspect_backup, inspect_backup_with, Backup, BackupPreview,
    QuarantinedEntry, QuarantinedPreview,
};
pub use check::{check, Checked};
pub use error::ImportError;
pub use history::{
    pack_changes, released_snapshots, snapshot, PackChanges, PackItemsSnapshot, Reworded,
};
pub use limits::{MAX_ANSWERS, MAX_ASSETS_PER_KIND, MAX_TEXT_CHARS};
pub use opened::{open, Opened};
pub use preview::{releases_since, Counts, Preview};
pub use read::BACKUP_KIND;
pub use restore::{RestoreAction, RestorePlan, RestoreSource, RestoreStep};
pub use scan::has_markup;
pub use triage::is_blocking;
pub use warning::{ImportWarning, WarningKind};

use serde_json::Value;

use crate::pack::Pack;

/// Largest file read: 20 MiB. Real saved files are well under 1 MiB; this keeps a wrong pick
/// (a video, a disk image) from freezing the browser tab.
pub const MAX_IMPORT_BYTES: u64 = 20 * 1024 * 1024;

/// Reads a file the user opened, as [`inspect_with`] without pack history.
pub fn inspect(bytes: &[u8], pack: &Pack) -> Result<Preview, ImportError> {
    inspect_with(bytes, pack, &[])
}

/// Reads a file the user opened and previews it against `pack`. `history` holds snapshots of
/// released pack versions; when the file's version is among them, [`Preview::pack_changes`]
/// is complete. A backup file gives [`ImportError::IsBackup`]: use [`inspect_backup`].
pub fn inspect_with(
    bytes: &[u8],
    pack: &Pack,
    history: &[PackItemsSnapshot],
) -> Result<Preview, ImportError> {
    let text = sniff::decode(bytes)?;
    let value = read::parse_json(text)?;
    inspect_value(&value, Some(text), pack, history)
}

/// `pack` with the overlays a file carries, each checked against its own content hash.
pub(super) fn with_overlays<'a>(
    pack: &'a Pack,
    overlays: &[crate::overlay::Overlay],
) -> Result<std::borrow::Cow<'a, Pack>, ImportError> {
    if overlays.is_empty() {
        return Ok(std::borrow::Cow::Borrowed(pack));
    }
    for o in overlays {
        let actual = crate::overlay::content_hash(o);
        if o.hash != actual {
            return Err(ImportError::BadOverlay {
                name: error::clip(&o.title, 40),
                problem: crate::overlay::OverlayError::HashMismatch {
                    stated: error::clip(&o.hash, 20),
                    actual,
                }
                .to_string(),
            });
        }
    }
    crate::overlay::apply(pack, overlays)
        .map(std::borrow::Cow::Owned)
        .map_err(|problems| ImportError::BadOverlay {
            name: error::clip(&overlays[0].title, 40),
            problem: problems
                .first()
                .map(ToString::to_string)
                .unwrap_or_default(),
        })
}

/// A saved file's JSON value opened: the limits checked, migrated, deserialised, its overlays
/// applied to `pack` (each checked against its hash). A backup gives [`ImportError::IsBackup`].
fn opened<'a>(
    value: &Value,
    text: Option<&str>,
    pack: &'a Pack,
) -> Result<(crate::save::SavedFile, u64, std::borrow::Cow<'a, Pack>), ImportError> {
    match read::shape(value)? {
        read::Shape::Backup(object) => Err(ImportError::IsBackup {
            drafts: read::draft_count(object),
        }),
        read::Shape::Saved(object) => {
            limits::check(value)?;
            let (file, version) = open::open(object, value, text, pack)?;
            let pack = with_overlays(pack, &file.assessment.overlays)?;
            Ok((file, version, pack))
        }
    }
}

/// Previews one saved file's JSON value (parsed from `text`, when given).
fn inspect_value(
    value: &Value,
    text: Option<&str>,
    pack: &Pack,
    history: &[PackItemsSnapshot],
) -> Result<Preview, ImportError> {
    let (file, version, pack) = opened(value, text, pack)?;
    Ok(preview::build(file, value, version, &pack, history))
}
