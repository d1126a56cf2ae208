//! Reading one file for the roll-up through the same import checks as 打开文件: a saved file
//! gives one unit, a backup one per draft, and anything unreadable a rejection with the same
//! Chinese reason the 打开文件 page would show. One bad file never stops the others.

use crate::import::{self, ImportError, Preview};
use crate::pack::Pack;

use super::unit::UnitSummary;

/// A file (or a draft inside a backup) that was not counted, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// File name, or the backup's name and the draft's place in it.
    pub file: String,
    /// Stable kind of the problem (see [`ImportError::kind`]), or `blocking`.
    pub kind: &'static str,
    /// Why, in Chinese.
    pub reason: String,
    /// The first problem quoted from the file (for `blocking`), else empty; left out of
    /// anonymised exports, as it may quote the file's content.
    pub detail: String,
}

/// What one file, or one draft of a backup, gave.
#[derive(Debug, Clone, PartialEq)]
pub enum Read {
    /// A self-check to count.
    Unit(Box<UnitSummary>),
    /// Not counted.
    Rejected(Rejected),
}

fn rejected(file: &str, e: &ImportError) -> Read {
    Read::Rejected(Rejected {
        file: file.to_string(),
        kind: e.kind(),
        reason: e.to_string(),
        detail: String::new(),
    })
}

/// A readable file becomes a unit unless a problem would make its answers unreliable (the ones
/// 打开文件 refuses to import as-is).
fn from_preview(file: &str, preview: Preview, pack: &Pack) -> Read {
    if preview.blocking {
        let first = preview
            .problems
            .iter()
            .find(|p| import::is_blocking(p, pack))
            .map(|p| format!(":{}", p.message))
            .unwrap_or_default();
        return Read::Rejected(Rejected {
            file: file.to_string(),
            kind: "blocking",
            reason: "存档中有会导致答案丢失或混淆的问题,未计入汇总".to_string(),
            detail: first,
        });
    }
    let version = preview.pack_version.clone();
    let assessment = preview.file.into_assessment();
    Read::Unit(Box::new(UnitSummary::evaluate(
        file,
        &version,
        pack,
        &assessment,
    )))
}

/// Reads one file's bytes: one [`Read`] for a saved file or a broken file, one per draft for a
/// backup (a broken backup as a whole gives one rejection).
pub fn read_file(file: &str, bytes: &[u8], pack: &Pack) -> Vec<Read> {
    read_with(file, bytes, pack, |preview| {
        from_preview(file, preview, pack)
    })
}

/// As [`read_file`], handing each readable preview to `keep` (the CLI keeps the assessment for
/// its findings).
pub fn read_with<F>(file: &str, bytes: &[u8], pack: &Pack, mut keep: F) -> Vec<Read>
where
    F: FnMut(Preview) -> Read,
{
    if bytes.len() as u64 > import::MAX_IMPORT_BYTES {
        let size = bytes.len() as u64;
        return vec![rejected(file, &ImportError::TooLarge { size })];
    }
    match import::inspect_with(bytes, pack, import::released_snapshots()) {
        Ok(preview) => vec![keep(preview)],
        Err(ImportError::IsBackup { .. }) => {
            match import::inspect_backup_with(bytes, pack, import::released_snapshots()) {
                Ok(backup) => backup
                    .drafts
                    .into_iter()
                    .enumerate()
                    .map(|(i, draft)| {
                        let name = format!("{file} › 第 {} 份", i + 1);
                        match draft {
                            Ok(preview) => match keep(preview) {
                                Read::Unit(mut unit) => {
                                    unit.file = name;
                                    Read::Unit(unit)
                                }
                                Read::Rejected(mut r) => {
                                    r.file = name;
                                    Read::Rejected(r)
                                }
                            },
                            Err(e) => rejected(&name, &e),
                        }
                    })
                    .collect(),
                Err(e) => vec![rejected(file, &e)],
            }
        }
        Err(e) => vec![rejected(file, &e)],
    }
}
