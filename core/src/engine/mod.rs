//! The evaluation engine: pure functions of (pack, assessment) — which items apply to which assets,
//! how each answer is judged, the overall and filing verdicts, and the rectification list.

mod evaluate;
mod exception;
mod filing;
mod index;
mod judge;
mod kind;
mod params;
mod prefill;
mod rectify;
mod reevaluate;
mod status;
mod summary;
mod target;
mod verdict;

pub use evaluate::{evaluate, Evaluation, Finding};
pub use exception::{
    card_gaps, card_problems, exception_outcome, involved_functions, Claim, ExceptionOutcome,
};
pub use filing::{Filing, FilingVerdict, NOT_ADVISABLE_ITEM};
pub use judge::{judge, JudgeContext, Judgement, MISSING_DATE_REASON};
pub use kind::{kind_label, value_label, value_problem};
pub use params::Params;
pub use prefill::effective_value;
pub use rectify::{rectification_rows, RectRow};
pub use reevaluate::{reevaluate, Touched};
pub use status::Status;
pub use summary::{Counts, GroupSummary};
pub use target::{applicable_targets, filter_matches, AssetRef, Target};
pub use verdict::{Overall, Verdict};
