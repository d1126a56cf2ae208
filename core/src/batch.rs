//! 对所有应用/群组应用此答案: one answer copied to every other asset of the same kind that is
//! asked the item, with a plan that says what would be overwritten and an undo of the last batch.
//!
//! Only the answer's value is copied (including 不适用 with its reason). Notes, evidence, exception
//! claims with their justification cards and rectification fields stay per asset: they describe one
//! object each and a copy would state something the unit has not said about the others.

use crate::engine::Evaluation;
use crate::model::{Answer, AnswerValue, Assessment, AssetId, ItemId};

/// One other asset the batch would write to.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchTarget {
    /// Asset id.
    pub asset: AssetId,
    /// Its name as users see it.
    pub label: String,
    /// The value it has been given explicitly, if any.
    pub current: Option<AnswerValue>,
    /// It has no explicit value but one is filled in from the inventory (a prefill that the
    /// batch would replace, so it counts as differing).
    pub prefilled: bool,
}

/// What "apply to all" would do for one item, from one source row.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchPlan {
    /// Item id.
    pub item: ItemId,
    /// The asset whose answer is copied.
    pub source: AssetId,
    /// The value copied.
    pub value: AnswerValue,
    /// Other assets with no value yet: always filled.
    pub empty: Vec<BatchTarget>,
    /// Other assets that already hold a different value (or a prefill): overwritten only when asked.
    pub differing: Vec<BatchTarget>,
    /// Other assets that already hold the same value: nothing to do.
    pub same: usize,
}

impl BatchPlan {
    /// Whether there is anything to write at all.
    pub fn is_empty(&self) -> bool {
        self.empty.is_empty() && self.differing.is_empty()
    }
}

/// Which rows a batch writes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BatchMode {
    /// Only rows that have no value yet.
    FillEmpty,
    /// Rows with no value and rows with a different value.
    Overwrite,
}

/// What a batch replaced, so that it can be put back exactly.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchUndo {
    /// Item id.
    pub item: ItemId,
    /// Each written asset with the whole answer it had before (`None`: it had none).
    pub previous: Vec<(AssetId, Option<Answer>)>,
}

/// The plan for copying the value of (`item`, `source`) to every other asset of the same kind
/// that is asked `item`. `None` when the source row has no value or is not a per-asset row.
pub fn plan(
    assessment: &Assessment,
    evaluation: &Evaluation,
    item: &str,
    source: &str,
) -> Option<BatchPlan> {
    let value = assessment.answer(item, source)?.value.clone()?;
    let scope = evaluation
        .findings
        .iter()
        .find(|f| f.target.item == item && f.target.asset == source)?
        .target
        .scope;
    if scope == crate::pack::Scope::Unit {
        return None;
    }
    let mut plan = BatchPlan {
        item: item.into(),
        source: source.into(),
        value: value.clone(),
        empty: Vec::new(),
        differing: Vec::new(),
        same: 0,
    };
    for f in evaluation
        .findings
        .iter()
        .filter(|f| f.target.item == item && f.target.asset != source && f.target.scope == scope)
    {
        // A 待复核/待确认 value is not the unit's answer yet: the batch fills it like an empty row.
        let explicit = assessment
            .answer(item, &f.target.asset)
            .filter(|a| !a.provisional)
            .and_then(|a| a.value.clone());
        let prefilled = explicit.is_none() && f.prefilled;
        let target = BatchTarget {
            asset: f.target.asset.clone(),
            label: f.target.label.clone(),
            current: explicit.clone(),
            prefilled,
        };
        match explicit {
            None if !prefilled => plan.empty.push(target),
            Some(v) if v == value => plan.same += 1,
            _ => plan.differing.push(target),
        }
    }
    Some(plan)
}

/// Writes the plan's value to its rows (per `mode`), keeping every other field of each answer;
/// returns what it replaced. A finalised assessment is left alone (empty undo).
pub fn apply(assessment: &mut Assessment, plan: &BatchPlan, mode: BatchMode) -> BatchUndo {
    let mut undo = BatchUndo {
        item: plan.item.clone(),
        previous: Vec::new(),
    };
    if assessment.is_finalised() {
        return undo;
    }
    let rows = plan.empty.iter().chain(
        plan.differing
            .iter()
            .filter(|_| mode == BatchMode::Overwrite),
    );
    for t in rows {
        let key = (plan.item.clone(), t.asset.clone());
        let before = assessment.answers.get(&key).cloned();
        let mut next = before.clone().unwrap_or_default();
        next.value = Some(plan.value.clone());
        // The unit gave this answer now: no longer provisional.
        next.provisional = false;
        next.suggested = None;
        assessment.answers.insert(key, next);
        undo.previous.push((t.asset.clone(), before));
    }
    undo
}

/// Puts back what [`apply`] replaced. Returns whether anything changed.
pub fn undo(assessment: &mut Assessment, undo: &BatchUndo) -> bool {
    if assessment.is_finalised() {
        return false;
    }
    let mut changed = false;
    for (asset, before) in &undo.previous {
        let key = (undo.item.clone(), asset.clone());
        let now = assessment.answers.get(&key).cloned();
        if now != *before {
            changed = true;
            match before {
                Some(a) => assessment.answers.insert(key, a.clone()),
                None => assessment.answers.remove(&key),
            };
        }
    }
    changed
}
