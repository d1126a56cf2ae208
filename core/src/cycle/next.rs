//! 另起一次自查: a new draft started from a previous self-check of the same unit. Unit,
//! inventory (same asset ids), parameters and ledger cells are copied; per part the earlier
//! answers are kept as 待复核 (provisional) or cleared; the new draft links to its predecessor.

use std::collections::BTreeMap;

use crate::engine::evaluate;
use crate::fingerprint::content_fingerprint;
use crate::model::{
    Answer, Assessment, DraftId, DraftOrigin, LedgerHistory, Predecessor, Purpose, RectStatus,
    UnitProfile,
};
use crate::pack::Pack;

/// What happens to one part's earlier answers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Carry {
    /// Shown as 待复核, not counted as answered until confirmed.
    #[default]
    Review,
    /// Cleared: the part is answered afresh (ledger cells stay).
    Clear,
}

/// The choices the 另起一次自查 dialog asks for, all at once.
#[derive(Debug, Clone, PartialEq)]
pub struct NextCheck {
    /// Id of the new draft.
    pub id: DraftId,
    /// Creation time, ISO 8601.
    pub now: String,
    /// Assessment date of the new check, `YYYY-MM-DD`.
    pub date: String,
    /// Its purpose.
    pub purpose: Purpose,
    /// Per part id; a part not named is [`Carry::Review`].
    pub parts: BTreeMap<String, Carry>,
}

/// The earlier answer as the new check holds it.
fn carried(answer: &Answer, carry: Carry) -> Option<Answer> {
    let mut a = answer.clone();
    // A closed row stays closed in the history; a problem that comes back is a new row.
    if a.status == RectStatus::Closed {
        a.status = RectStatus::Open;
        a.owner.clear();
        a.deadline.clear();
        a.measure = None;
    }
    match carry {
        Carry::Review => {
            a.provisional = a.value.is_some();
            Some(a)
        }
        Carry::Clear => {
            let ledger = Answer {
                owner: a.owner,
                deadline: a.deadline,
                measure: a.measure,
                status: a.status,
                ..Answer::default()
            };
            (ledger != Answer::default()).then_some(ledger)
        }
    }
}

/// The new draft started from `prev` (answered against `pack`) with `choice`.
pub fn next_check(pack: &Pack, prev: &Assessment, choice: &NextCheck) -> Assessment {
    let part_of = |item: &str| pack.item(item).map(|i| i.part.clone()).unwrap_or_default();
    let answers = prev
        .answers
        .iter()
        .filter_map(|(key, answer)| {
            let carry = choice
                .parts
                .get(&part_of(key.0))
                .copied()
                .unwrap_or_default();
            carried(answer, carry).map(|a| ((key.0.clone(), key.1.clone()), a))
        })
        .collect();
    let mut history = prev.ledger_history.clone();
    for f in evaluate(pack, prev)
        .findings
        .iter()
        .filter(|f| f.severity().is_some())
    {
        history
            .entry(f.target.item.clone())
            .or_insert_with(|| LedgerHistory {
                created_in: prev.id.clone(),
                created_on: prev.profile.date.clone(),
                events: Vec::new(),
            });
    }
    Assessment {
        id: choice.id.clone(),
        created: choice.now.clone(),
        updated: choice.now.clone(),
        profile: UnitProfile {
            purpose: choice.purpose,
            date: choice.date.clone(),
            // The narrative was written about the earlier findings.
            report_text: BTreeMap::new(),
            ..prev.profile.clone()
        },
        inventory: prev.inventory.clone(),
        answers,
        parameters: prev.parameters.clone(),
        finalisation: Default::default(),
        overlays: prev.overlays.clone(),
        predecessor: Some(Predecessor {
            id: prev.id.clone(),
            date: prev.profile.date.clone(),
            fingerprint: content_fingerprint(&pack.id, &pack.version, prev),
        }),
        ledger_history: history,
        // The list tells the new check from the old: where it came from, not the old one's name.
        title: String::new(),
        origin: Some(DraftOrigin::Continued {
            from: if prev.title.is_empty() {
                format!("{} {}", prev.profile.name.trim(), prev.profile.date)
                    .trim()
                    .to_string()
            } else {
                prev.title.clone()
            },
            at: choice.now.clone(),
        }),
    }
}
