//! The built-in sample self-check (示例县农业农村局): a complete saved file that shows red lines,
//! advisories and 不适用 answers, for demonstrations and training.

use crate::model::Assessment;
use crate::save;

/// The sample's saved file (format v1, pack `fingertip-2023`).
pub const SAMPLE_JSON: &str = include_str!("../../content/samples/sample-unit.json");

/// The sample as a new draft with id `id`, created and updated at `now` (ISO 8601);
/// `None` only if the embedded file cannot be parsed.
pub fn sample_assessment(id: &str, now: &str) -> Option<Assessment> {
    let mut assessment = save::parse(SAMPLE_JSON).ok()?.into_assessment();
    assessment.id = id.into();
    assessment.created = now.to_string();
    assessment.updated = now.to_string();
    Some(assessment)
}
