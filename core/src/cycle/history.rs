//! The ledger across self-checks: one row per problem (item), its cells edited as one
//! field-level intent applied by core to the current answers, status changes dated in the
//! row's history, and rows whose finding is gone offered for 销号.

use crate::edit::{edit_ledger, LedgerField};
use crate::engine::Evaluation;
use crate::model::{Assessment, AssetId, LedgerEvent, LedgerHistory, RectStatus};
use crate::pack::Pack;

/// The history of `item`, created in this check when the row has none yet.
fn history_of<'a>(a: &'a mut Assessment, item: &str) -> &'a mut LedgerHistory {
    let (id, date) = (a.id.clone(), a.profile.date.clone());
    a.ledger_history
        .entry(item.into())
        .or_insert_with(|| LedgerHistory {
            created_in: id,
            created_on: date,
            events: Vec::new(),
        })
}

fn record(a: &mut Assessment, item: &str, status: RectStatus, date: &str) {
    let event = LedgerEvent {
        date: date.to_string(),
        check: a.id.clone(),
        status: Some(status),
        who: a.profile.assessor.trim().to_string(),
    };
    history_of(a, item).events.push(event);
}

/// Sets one cell of the ledger row of `item` (found on `assets`) on every asset's answer;
/// a status change is dated `date` in the row's history. 已销号 is refused here: only a row
/// whose finding is gone can be closed, with [`close_row`].
pub fn edit_row(
    a: &mut Assessment,
    item: &str,
    assets: &[AssetId],
    field: LedgerField,
    remedy: &str,
    date: &str,
) -> bool {
    if field == LedgerField::Status(RectStatus::Closed) {
        return false;
    }
    let mut changed = false;
    for asset in assets {
        let key = (item.into(), asset.clone());
        let old = a.answers.get(&key).cloned().unwrap_or_default();
        let new = edit_ledger(old.clone(), field.clone(), remedy);
        if new != old {
            a.answers.insert(key, new);
            changed = true;
        }
    }
    if let (true, LedgerField::Status(s)) = (changed, &field) {
        record(a, item, *s, date);
    }
    changed
}

/// 销号: closes the row of `item` on `date` by the check's assessor.
pub fn close_row(a: &mut Assessment, item: &str, date: &str) -> bool {
    if a.ledger_history
        .get(item)
        .is_some_and(|h| h.closed().is_some())
    {
        return false;
    }
    for ((i, _), answer) in a.answers.iter_mut() {
        if i == item {
            answer.status = RectStatus::Closed;
        }
    }
    record(a, item, RectStatus::Closed, date);
    true
}

/// A ledger row of an earlier check whose finding is gone in this one.
#[derive(Debug, Clone, PartialEq)]
pub struct GoneRow {
    /// Item id.
    pub item: String,
    /// The question.
    pub question: String,
    /// Its history.
    pub history: LedgerHistory,
    /// The 已销号 event once closed; `None` while 可销号.
    pub closed: Option<LedgerEvent>,
}

/// Every row with a history whose finding is gone in `eval`: no asset has a problem on the
/// item and none is left unanswered (a 待复核 answer is not yet a finding gone).
pub fn gone_rows(pack: &Pack, a: &Assessment, eval: &Evaluation) -> Vec<GoneRow> {
    let mut out = Vec::new();
    for item in &pack.items {
        let Some(history) = a.ledger_history.get(item.id.as_str()) else {
            continue;
        };
        let mut rows = eval.findings.iter().filter(|f| f.target.item == item.id);
        if rows.any(|f| f.severity().is_some() || f.status.is_open()) {
            continue;
        }
        out.push(GoneRow {
            item: item.id.clone(),
            question: item.question.clone(),
            closed: history.closed().cloned(),
            history: history.clone(),
        });
    }
    out
}

/// The history in words, oldest first: 2026-06-30 第一次自查发现; 2026-08-01 整改中 ….
pub fn history_words(h: &LedgerHistory) -> Vec<String> {
    let mut out = vec![format!("{} 自查发现(草稿 {})", h.created_on, h.created_in)];
    for e in &h.events {
        let status = e.status.map_or("记录", RectStatus::label);
        out.push(match e.who.is_empty() {
            true => format!("{} {status}", e.date),
            false => format!("{} {status}({})", e.date, e.who),
        });
    }
    out
}
