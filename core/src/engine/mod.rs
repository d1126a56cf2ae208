//! The evaluation engine: pure functions of (pack, assessment) — which items apply to which assets,
//! how each answer is judged, the overall and filing verdicts, and the rectification list.

mod evaluate;
mod index;
mod judge;
mod kind;
mod prefill;
mod rectify;
mod target;
mod verdict;

pub use evaluate::{evaluate, Counts, Evaluation, Finding, GroupSummary};
pub use judge::{judge, JudgeContext, Judgement, Params, Status};
pub use kind::{kind_label, value_label, value_problem};
pub use prefill::effective_value;
pub use rectify::{rectification_rows, RectRow};
pub use target::{applicable_targets, filter_matches, AssetRef, Target};
pub use verdict::{Filing, FilingVerdict, Overall, Verdict, NOT_ADVISABLE_ITEM};
