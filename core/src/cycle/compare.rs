//! 对比: two self-checks of one unit, row by row (item × matched asset), sorted into plain
//! categories with both answers and notes side by side, and counted per part and for red lines.

use std::collections::HashMap;
use std::sync::Arc;

use super::matching::{match_assets, AssetMatch};
use super::words::{answer_words, Side};
use crate::engine::{evaluate, Finding};
use crate::model::{AnswerKey, Assessment, AssetId, DraftId, ItemId};
use crate::pack::{Pack, Severity};

/// What happened to one row between the two checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChangeKind {
    /// 新发现: a problem now that was not one before.
    NewFinding,
    /// 已整改: a problem before, answered and no longer a problem now.
    Fixed,
    /// 仍存在: a problem in both (or a problem before and not yet answered again).
    Persists,
    /// 新增对象: the asset is only in the later check.
    AssetAdded,
    /// 已移除对象: the asset is only in the earlier check.
    AssetRemoved,
    /// 答案变化但结论未变: the answer or note changed, the status did not.
    AnswerChanged,
    /// 未变化
    Unchanged,
}

impl ChangeKind {
    /// Every kind, in the order the page lists them.
    pub const ALL: [ChangeKind; 7] = [
        Self::Fixed,
        Self::NewFinding,
        Self::Persists,
        Self::AssetAdded,
        Self::AssetRemoved,
        Self::AnswerChanged,
        Self::Unchanged,
    ];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::NewFinding => "新发现",
            Self::Fixed => "已整改",
            Self::Persists => "仍存在",
            Self::AssetAdded => "新增对象",
            Self::AssetRemoved => "已移除对象",
            Self::AnswerChanged => "答案变化但结论未变",
            Self::Unchanged => "未变化",
        }
    }

    /// Whether 只看变化 keeps the row.
    pub fn is_change(self) -> bool {
        self != Self::Unchanged
    }
}

/// One compared row.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeRow {
    /// Item id.
    pub item: String,
    /// Its part id.
    pub part: String,
    /// The question.
    pub question: String,
    /// The asset on both sides.
    pub asset: AssetMatch,
    /// The category.
    pub kind: ChangeKind,
    /// The earlier side (`None` when the row is not asked there).
    pub before: Option<Side>,
    /// The later side.
    pub after: Option<Side>,
    /// A red line on either side.
    pub red_line: bool,
}

/// Counts of each kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangeCounts(pub Vec<(ChangeKind, usize)>);

impl ChangeCounts {
    fn of<'a>(rows: impl Iterator<Item = &'a ChangeRow>) -> Self {
        let mut n: HashMap<ChangeKind, usize> = HashMap::new();
        for r in rows {
            *n.entry(r.kind).or_default() += 1;
        }
        ChangeCounts(
            ChangeKind::ALL
                .iter()
                .map(|k| (*k, n.get(k).copied().unwrap_or(0)))
                .collect(),
        )
    }

    /// The count of `kind`.
    pub fn get(&self, kind: ChangeKind) -> usize {
        self.0
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(0, |(_, n)| *n)
    }
}

/// One part's counts.
#[derive(Debug, Clone, PartialEq)]
pub struct PartChanges {
    /// Part id.
    pub part: String,
    /// Its title.
    pub title: String,
    /// The counts.
    pub counts: ChangeCounts,
}

/// Who and when on each side, for the page head and the print.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckHead {
    /// Draft id.
    pub id: DraftId,
    /// Assessment date.
    pub date: String,
    /// Full content fingerprint.
    pub fingerprint: String,
    /// Purpose label.
    pub purpose: &'static str,
}

/// The whole comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Unit name (the later check's).
    pub unit: String,
    /// The earlier check.
    pub before: CheckHead,
    /// The later check.
    pub after: CheckHead,
    /// Every row, in pack order then asset order.
    pub rows: Vec<ChangeRow>,
    /// Counts over every row.
    pub totals: ChangeCounts,
    /// Counts over red-line rows only (a red line on either side).
    pub red_lines: ChangeCounts,
    /// Counts per part, in pack order.
    pub parts: Vec<PartChanges>,
    /// Assets matched by name, not id (按名称匹配).
    pub by_name: usize,
}

impl Comparison {
    /// The rows 只看变化 shows (`changes_only`) or all of them.
    pub fn visible(&self, changes_only: bool) -> impl Iterator<Item = &ChangeRow> {
        self.rows
            .iter()
            .filter(move |r| !changes_only || r.kind.is_change())
    }
}

fn head(pack: &Pack, a: &Assessment) -> CheckHead {
    CheckHead {
        id: a.id.clone(),
        date: a.profile.date.clone(),
        fingerprint: crate::fingerprint::content_fingerprint(&pack.id, &pack.version, a),
        purpose: a.profile.purpose.label(),
    }
}

fn is_problem(f: Option<&Finding>) -> bool {
    f.is_some_and(|f| f.severity().is_some())
}

fn kind_of(b: Option<&Finding>, a: Option<&Finding>, sides: (&Side, &Side)) -> ChangeKind {
    let answered = a.is_some_and(|f| !f.status.is_open());
    match (is_problem(b), is_problem(a)) {
        (true, true) => ChangeKind::Persists,
        (true, false) if answered => ChangeKind::Fixed,
        (true, false) => ChangeKind::Persists,
        (false, true) => ChangeKind::NewFinding,
        // A carried answer awaiting review says what it said: compared by its words.
        (false, false) if sides.0.words() != sides.1.words() || sides.0.note != sides.1.note => {
            ChangeKind::AnswerChanged
        }
        (false, false) => ChangeKind::Unchanged,
    }
}

/// Compares `before` with `after`, both answered against `pack`.
pub fn compare(pack: &Pack, before: &Assessment, after: &Assessment) -> Comparison {
    let (eb, ea) = (evaluate(pack, before), evaluate(pack, after));
    let index = |e: &[Arc<Finding>]| -> HashMap<AnswerKey, usize> {
        e.iter()
            .enumerate()
            .map(|(i, f)| ((f.target.item.clone(), f.target.asset.clone()), i))
            .collect()
    };
    let (ib, ia) = (index(&eb.findings), index(&ea.findings));
    let matches = match_assets(before, after);
    let mut rows = Vec::new();
    for item in &pack.items {
        for m in &matches {
            let find =
                |ix: &HashMap<AnswerKey, usize>, fs: &'_ [Arc<Finding>], id: &Option<String>| {
                    id.as_ref()
                        .and_then(|id| ix.get(&(ItemId::from(&item.id), AssetId::from(id))))
                        .and_then(|i| fs.get(*i))
                        .map(|f| Finding::clone(f))
                };
            let fb = find(&ib, &eb.findings, &m.before);
            let fa = find(&ia, &ea.findings, &m.after);
            if fb.is_none() && fa.is_none() {
                continue;
            }
            let sb = fb.as_ref().map(|f| answer_words(item, before, f));
            let sa = fa.as_ref().map(|f| answer_words(item, after, f));
            let kind = match (&m.before, &m.after, &sb, &sa) {
                (None, _, _, _) => ChangeKind::AssetAdded,
                (_, None, _, _) => ChangeKind::AssetRemoved,
                (_, _, Some(b), Some(a)) => kind_of(fb.as_ref(), fa.as_ref(), (b, a)),
                // Asked on one side only (the inventory or profile changed what applies).
                (_, _, None, Some(_)) if is_problem(fa.as_ref()) => ChangeKind::NewFinding,
                (_, _, Some(_), None) if is_problem(fb.as_ref()) => ChangeKind::Fixed,
                _ => ChangeKind::AnswerChanged,
            };
            let red = |f: &Option<Finding>| {
                f.as_ref()
                    .is_some_and(|f| f.severity() == Some(Severity::RedLine))
            };
            rows.push(ChangeRow {
                item: item.id.clone(),
                part: item.part.clone(),
                question: item.question.clone(),
                asset: m.clone(),
                kind,
                red_line: red(&fb) || red(&fa),
                before: sb,
                after: sa,
            });
        }
    }
    let parts = pack
        .parts
        .iter()
        .map(|p| PartChanges {
            part: p.id.clone(),
            title: p.title.clone(),
            counts: ChangeCounts::of(rows.iter().filter(|r| r.part == p.id)),
        })
        .collect();
    Comparison {
        unit: after.profile.name.clone(),
        before: head(pack, before),
        after: head(pack, after),
        totals: ChangeCounts::of(rows.iter()),
        red_lines: ChangeCounts::of(rows.iter().filter(|r| r.red_line)),
        parts,
        by_name: matches.iter().filter(|m| m.by_name).count(),
        rows,
    }
}
