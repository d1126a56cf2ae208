//! Opening a file the user picked, in one parse: the bytes are decoded and read as JSON once, and
//! the JSON's shape says whether it is a saved file (previewed as one draft) or a backup
//! (previewed draft by draft). Nothing is decided by a failed first attempt.

use super::backup::{backup_preview, BackupPreview};
use super::read::{parse_json, shape, Shape};
use super::{inspect_value, sniff, ImportError, PackItemsSnapshot, Preview};
use crate::pack::Pack;

/// What an opened file is, previewed.
#[derive(Debug, Clone, PartialEq)]
pub enum Opened {
    /// A saved file (one self-check).
    Saved(Box<Preview>),
    /// A whole-browser backup.
    Backup(Box<BackupPreview>),
}

/// Opens `bytes` against `pack`; `history` holds snapshots of released pack versions (see
/// [`super::inspect_with`]). The same checks as `inspect_with` and `inspect_backup_with`, after
/// one decode and one JSON parse.
pub fn open(
    bytes: &[u8],
    pack: &Pack,
    history: &[PackItemsSnapshot],
) -> Result<Opened, ImportError> {
    let text = sniff::decode(bytes)?;
    let value = parse_json(text)?;
    match shape(&value)? {
        Shape::Backup(object) => {
            backup_preview(object, pack, history).map(|b| Opened::Backup(Box::new(b)))
        }
        Shape::Saved(_) => {
            inspect_value(&value, Some(text), pack, history).map(|p| Opened::Saved(Box::new(p)))
        }
    }
}
