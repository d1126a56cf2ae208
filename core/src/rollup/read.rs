//! Reading one file for the roll-up through the same import checks as 打开文件: a saved file
//! gives one unit, a backup one per draft, and anything unreadable a rejection with the same
//! Chinese reason the 打开文件 page would show. One bad file never stops the others.

use std::borrow::Cow;

use crate::engine::{evaluate, Evaluation};
use crate::import::{self, Checked, ImportError, Preview};
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
/// 打开文件 refuses to import as-is); the evaluation comes with it.
fn from_checked(file: &str, checked: Checked<'_>, pack: &Pack) -> (Read, Option<Evaluation>) {
    if checked.blocking {
        let first = checked
            .problems
            .iter()
            .find(|p| import::is_blocking(p, pack))
            .map(|p| format!(":{}", p.message))
            .unwrap_or_default();
        let read = Read::Rejected(Rejected {
            file: file.to_string(),
            kind: "blocking",
            reason: "存档中有会导致答案丢失或混淆的问题,未计入汇总".to_string(),
            detail: first,
        });
        return (read, None);
    }
    let version = checked.file.pack_version.clone();
    let judged_on = checked.pack;
    let assessment = checked.file.into_assessment();
    let evaluation = evaluate(&judged_on, &assessment);
    let unit = UnitSummary::new(file, &version, pack, &assessment, &evaluation)
        .with_overlays(&judged_on, &evaluation);
    (Read::Unit(Box::new(unit)), Some(evaluation))
}

/// A backup's draft, previewed by the backup import, in the shape of [`import::check`]'s result.
fn checked_draft(preview: Preview, pack: &Pack) -> Checked<'_> {
    let file = preview.file;
    // The import applied these overlays once already, so they apply again.
    let pack = match file.assessment.overlays.is_empty() {
        true => Cow::Borrowed(pack),
        false => crate::overlay::apply(pack, &file.assessment.overlays)
            .map_or(Cow::Borrowed(pack), Cow::Owned),
    };
    Checked {
        file,
        problems: preview.problems,
        blocking: preview.blocking,
        pack,
    }
}

/// Reads one file's bytes: one [`Read`] for a saved file or a broken file, one per draft for a
/// backup (a broken backup as a whole gives one rejection).
pub fn read_file(file: &str, bytes: &[u8], pack: &Pack) -> Vec<Read> {
    read_evaluated(file, bytes, pack)
        .into_iter()
        .map(|(read, _)| read)
        .collect()
}

/// As [`read_file`], with each counted unit's evaluation (for the JSON Lines export).
/// A draft inside a backup is named `<file> › 第 N 份`.
pub fn read_evaluated(file: &str, bytes: &[u8], pack: &Pack) -> Vec<(Read, Option<Evaluation>)> {
    if bytes.len() as u64 > import::MAX_IMPORT_BYTES {
        let size = bytes.len() as u64;
        return vec![(rejected(file, &ImportError::TooLarge { size }), None)];
    }
    match import::check(bytes, pack) {
        Ok(checked) => vec![from_checked(file, checked, pack)],
        Err(ImportError::IsBackup { .. }) => {
            match import::inspect_backup_with(bytes, pack, import::released_snapshots()) {
                Ok(backup) => backup
                    .drafts
                    .into_iter()
                    .enumerate()
                    .map(|(i, draft)| {
                        let name = format!("{file} › 第 {} 份", i + 1);
                        match draft {
                            Ok(preview) => from_checked(&name, checked_draft(preview, pack), pack),
                            Err(e) => (rejected(&name, &e), None),
                        }
                    })
                    .collect(),
                Err(e) => vec![(rejected(file, &e), None)],
            }
        }
        Err(e) => vec![(rejected(file, &e), None)],
    }
}

/// The preview 打开文件 shows for the file or backup draft named `name` in the roll-up, read from
/// `bytes` (its source file, see [`source_file`]): what 导入到我的自查 imports, through the same
/// preview and buttons.
pub fn preview_for_import(name: &str, bytes: &[u8], pack: &Pack) -> Result<Preview, ImportError> {
    let history = import::released_snapshots();
    let draft = name
        .rsplit_once(" › 第 ")
        .and_then(|(_, n)| n.strip_suffix(" 份"))
        .and_then(|n| n.parse::<usize>().ok());
    let Some(n) = draft else {
        return import::inspect_with(bytes, pack, history);
    };
    import::inspect_backup_with(bytes, pack, history)?
        .drafts
        .into_iter()
        .nth(n.saturating_sub(1))
        .unwrap_or_else(|| Err(ImportError::Malformed(format!("备份中没有第 {n} 份自查"))))
}

/// The file a [`UnitSummary::file`] or [`Rejected::file`] name came from (a backup's draft
/// names its backup file).
pub fn source_file(name: &str) -> &str {
    name.split(" › 第 ").next().unwrap_or(name)
}
