//! The open draft: its assessment, evaluation, revision and the pack it is judged on.

use fingertip_core::draft::{summarize, DraftSummary};
use fingertip_core::edit::SetAside;
use fingertip_core::engine::{evaluate, Evaluation};
use fingertip_core::model::Assessment;
use fingertip_core::pack::Pack;
use yew::prelude::*;

/// The open draft with its evaluation, recomputed after every change.
#[derive(Debug, PartialEq)]
pub struct Session {
    /// The assessment being filled in.
    pub assessment: Assessment,
    /// Its evaluation against the pack.
    pub evaluation: Evaluation,
    /// Bumped on every change; autosave watches it. 0 = as loaded.
    pub revision: u64,
    /// The pack this draft is judged against: the national pack with the overlays it carries.
    pub pack: &'static Pack,
    /// Set when the draft's overlays cannot be merged: why, in Chinese (it is then judged on
    /// the national pack alone and its overlay answers are kept, not counted).
    pub overlay_problem: Option<AttrValue>,
    /// Values that 不适用 set aside, brought back when the mark is cleared (in memory only).
    pub set_aside: SetAside,
}

impl Session {
    /// A session for `assessment` as loaded, on `national` plus the overlays it carries.
    pub fn open(national: &'static Pack, assessment: Assessment) -> Self {
        let (pack, overlay_problem) =
            match fingertip_core::overlay::effective(national, &assessment.overlays) {
                Ok(pack) => (pack, None),
                Err(problems) => (
                    national,
                    Some(AttrValue::from(format!(
                        "本自查附带的地方标准无法使用,暂按全国问卷判定(地方题目的答案仍保存在草稿中):{}",
                        problems.first().map(ToString::to_string).unwrap_or_default()
                    ))),
                ),
            };
        let evaluation = evaluate(pack, &assessment);
        Session {
            assessment,
            evaluation,
            revision: 0,
            pack,
            overlay_problem,
            set_aside: SetAside::default(),
        }
    }

    /// The draft-list line for this session.
    pub fn summary(&self) -> DraftSummary {
        summarize(&self.assessment, &self.evaluation)
    }
}
