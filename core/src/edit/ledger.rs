//! One cell of a rectification-ledger row (整改措施, 责任人, 时限, 状态) and how it changes an
//! answer; the ledger page sends it as `CycleEdit::LedgerCell`, applied by `crate::cycle`.

use crate::model::{Answer, RectStatus};

/// One field of a rectification-ledger row, as edited on the report page before printing.
#[derive(Debug, Clone, PartialEq)]
pub enum LedgerField {
    /// 整改措施
    Measure(String),
    /// 责任人
    Owner(String),
    /// 时限
    Deadline(String),
    /// 状态
    Status(RectStatus),
}

/// The answer after a ledger edit. A measure that is blank or equal to the item's `remedy` is
/// stored as "none", so the row keeps following the pack's remedy text.
pub fn edit_ledger(mut answer: Answer, field: LedgerField, remedy: &str) -> Answer {
    match field {
        LedgerField::Measure(m) => {
            let t = m.trim();
            answer.measure = (!t.is_empty() && t != remedy.trim()).then(|| t.to_string());
        }
        LedgerField::Owner(o) => answer.owner = o,
        LedgerField::Deadline(d) => answer.deadline = d,
        LedgerField::Status(s) => answer.status = s,
    }
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ledger_measure_equal_to_the_remedy_is_stored_as_none() {
        let remedy = "下线相关功能";
        let a = edit_ledger(
            Answer::choice("no"),
            LedgerField::Measure(" 下线相关功能 ".into()),
            remedy,
        );
        assert_eq!(a.measure, None);
        let a = edit_ledger(a, LedgerField::Measure("=1+1".into()), remedy);
        assert_eq!(a.measure.as_deref(), Some("=1+1"));
        let a = edit_ledger(a, LedgerField::Measure("  ".into()), remedy);
        assert_eq!(a.measure, None);
        let a = edit_ledger(a, LedgerField::Status(RectStatus::Done), remedy);
        assert_eq!(
            (a.status, a.value),
            (RectStatus::Done, Answer::choice("no").value)
        );
    }
}
