//! Whether a finalised file still holds what it was finalised with: the stored fingerprint is
//! checked against the file's content, recomputed with the file's own pack version.

use crate::fingerprint::{content_fingerprint, short};
use crate::model::Finalised;
use crate::pack::Pack;
use crate::save::SavedFile;

use super::time_text;

/// What [`check_seal`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SealCheck {
    /// The file is not finalised.
    NotFinalised,
    /// Finalised, and the content matches the stored fingerprint.
    Intact,
    /// Finalised, but the content no longer matches: it was changed after finalising.
    Broken {
        /// The record as stored.
        record: Finalised,
        /// The fingerprint of the content as it is.
        actual: String,
    },
    /// Finalised and intact, but against another pack version than the current one, whose
    /// fingerprint the draft cannot keep.
    OtherPackVersion {
        /// The record as stored.
        record: Finalised,
        /// The file's pack version.
        version: String,
    },
}

impl SealCheck {
    /// Whether the file opens finalised.
    pub fn keeps_finalised(&self) -> bool {
        matches!(self, SealCheck::Intact)
    }

    /// The warning to show on import, in Chinese; `None` when there is nothing to say.
    pub fn warning(&self, current_version: &str) -> Option<String> {
        match self {
            SealCheck::NotFinalised | SealCheck::Intact => None,
            SealCheck::Broken { record, actual } => Some(format!(
                "这份存档标记为已定稿(填报人:{},定稿时间:{}),但文件内容与定稿时记录的数据指纹不一致\
                 (记录的指纹 {},实际内容的指纹 {}):文件在定稿后被改动过。导入后按未定稿处理,请核对内容后重新定稿。",
                record.assessor,
                time_text(&record.at),
                short(&record.fingerprint),
                short(actual)
            )),
            SealCheck::OtherPackVersion { record, version } => Some(format!(
                "这份存档已于 {} 定稿,但它按问卷 {version} 版填写,当前问卷为 {current_version} 版,\
                 数据指纹随问卷版本而变。导入后按未定稿处理,请复核后重新定稿。",
                time_text(&record.at)
            )),
        }
    }
}

/// Checks `file`'s finalisation record against its content and `pack` (the current pack).
pub fn check_seal(file: &SavedFile, pack: &Pack) -> SealCheck {
    let Some(record) = file.assessment.finalisation.finalised.clone() else {
        return SealCheck::NotFinalised;
    };
    let a = file.clone().into_assessment();
    let actual = content_fingerprint(&file.pack_id, &file.pack_version, &a);
    if actual != record.fingerprint {
        SealCheck::Broken { record, actual }
    } else if file.pack_version != pack.version {
        let version = file.pack_version.clone();
        SealCheck::OtherPackVersion { record, version }
    } else {
        SealCheck::Intact
    }
}
