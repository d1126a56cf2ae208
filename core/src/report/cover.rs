//! The report cover (封面): who checked, when, why, against which criteria pack, and the
//! fingerprint of the exact saved assessment.

use super::fingerprint::full_fingerprint;
use super::text::date_part;
use crate::fingerprint::short;
use crate::model::Assessment;
use crate::pack::{self, Pack};

/// The report title.
pub const REPORT_TITLE: &str = "防治“指尖上的形式主义”自查报告";

/// Everything on the cover, as display text.
#[derive(Debug, Clone, PartialEq)]
pub struct Cover {
    /// [`REPORT_TITLE`].
    pub title: &'static str,
    /// Unit name (本单位 when blank).
    pub unit: String,
    /// Administrative level label, e.g. 县级.
    pub level: &'static str,
    /// Unit type label, e.g. 行政机关.
    pub unit_type: &'static str,
    /// Purpose label, e.g. 定期自查.
    pub purpose: &'static str,
    /// Assessment date, `YYYY-MM-DD`.
    pub date: String,
    /// Person who filled it in.
    pub assessor: String,
    /// Their contact.
    pub contact: String,
    /// Creation date of the draft, `YYYY-MM-DD`.
    pub created: String,
    /// Last change date of the draft, `YYYY-MM-DD`.
    pub updated: String,
    /// Criteria pack title.
    pub pack_title: String,
    /// Criteria pack id, e.g. `fingertip-2023`.
    pub pack_id: String,
    /// Criteria pack version.
    pub pack_version: String,
    /// Content hash of the embedded pack, when `pack` is the embedded pack (same id and
    /// version); empty for any other pack, whose hash this build cannot know.
    pub pack_hash: String,
    /// [`crate::report::assessment_fingerprint`] of the assessment (the short content fingerprint).
    pub fingerprint: String,
    /// [`full_fingerprint`] of the assessment (64 hex digits), as in the QR code.
    pub full_fingerprint: String,
    /// Overlay packs (地方标准) added to the pack, one line each with version and hash.
    pub overlays: Vec<String>,
}

/// The cover of `assessment` answered against `pack`.
pub(crate) fn cover(pack: &Pack, assessment: &Assessment) -> Cover {
    let p = &assessment.profile;
    let is_embedded =
        pack::embedded().is_some_and(|e| e.id == pack.id && e.version == pack.version);
    let full = full_fingerprint(pack, assessment);
    Cover {
        title: REPORT_TITLE,
        unit: match p.name.trim() {
            "" => "本单位".to_string(),
            name => name.to_string(),
        },
        level: p.level.label(),
        unit_type: p.unit_type.label(),
        purpose: p.purpose.label(),
        date: p.date.clone(),
        assessor: p.assessor.clone(),
        contact: p.contact.clone(),
        created: date_part(&assessment.created),
        updated: date_part(&assessment.updated),
        pack_title: pack.title.clone(),
        pack_id: pack.id.clone(),
        pack_version: pack.version.clone(),
        pack_hash: match is_embedded {
            true => pack::EMBEDDED_PACK_HASH.to_string(),
            false => String::new(),
        },
        // The short form is the full one cut: computed once (it serialises the whole assessment).
        fingerprint: short(&full).to_string(),
        full_fingerprint: full,
        overlays: pack
            .overlays
            .iter()
            .map(|o| format!("{}(发布:{};校验值 {})", o.label(), o.issuer, o.hash))
            .collect(),
    }
}
