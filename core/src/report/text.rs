//! Chinese display text shared by the report sections: citations, article labels, numbers and
//! answers, so every section words the same thing the same way.

use crate::model::{Answer, AnswerValue};
use crate::pack::{AnswerKind, BasisRef, Item, Pack};

/// A citation as printed: document short name, clause, confidence, e.g.
/// `《办法》 五类禁止情形(二)〔原文〕`. An unknown document id is printed as is.
pub fn basis_line(pack: &Pack, basis: &BasisRef) -> String {
    let doc = pack
        .document(&basis.document)
        .map(|d| d.short.as_str())
        .unwrap_or(basis.document.as_str());
    format!("{doc} {}〔{}〕", basis.clause, basis.confidence.label())
}

/// An article heading: `第4条 限制强制功能` for the Opinion's numbered articles, the bare
/// title for unnumbered ones (the two general articles, filing).
pub fn article_label(id: &str, title: &str) -> String {
    match id.parse::<u32>() {
        Ok(n) => format!("第{n}条 {title}"),
        Err(_) => title.to_string(),
    }
}

/// A number without a needless `.0`, e.g. `90`, `12.5`.
pub fn number_text(n: f64) -> String {
    if n.is_finite() && n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// A number with its unit, e.g. `90天`, `30%`; just the number when the unit is empty.
pub fn quantity_text(n: f64, unit: &str) -> String {
    format!("{}{}", number_text(n), unit.trim())
}

/// The label of option `value` of a choice item; the raw value if the item has no such option.
fn option_label<'a>(kind: &'a AnswerKind, value: &'a str) -> &'a str {
    let options = match kind {
        AnswerKind::YesNo | AnswerKind::YesNoPartial => {
            return crate::pack::yes_no_label(value).unwrap_or(value)
        }
        AnswerKind::Single { options } | AnswerKind::Multi { options } => options,
        AnswerKind::Number { .. } | AnswerKind::Date { .. } => return value,
    };
    options
        .iter()
        .find(|o| o.value == value)
        .map(|o| o.label.as_str())
        .unwrap_or(value)
}

/// A value as Chinese text for `kind`: 是/否/部分, option labels joined with 、, numbers with
/// their unit, dates, 从未, 不适用(理由).
pub fn value_text(kind: &AnswerKind, value: &AnswerValue) -> String {
    match value {
        AnswerValue::Choice(v) => option_label(kind, v).to_string(),
        AnswerValue::Multi(values) if values.is_empty() => "均未选择".to_string(),
        AnswerValue::Multi(values) => values
            .iter()
            .map(|v| option_label(kind, v))
            .collect::<Vec<_>>()
            .join("、"),
        AnswerValue::Number(n) => match kind {
            AnswerKind::Number { unit } => quantity_text(*n, unit),
            _ => number_text(*n),
        },
        AnswerValue::Date(d) => d.clone(),
        AnswerValue::Never => "从未".to_string(),
        AnswerValue::NotApplicable(reason) => match reason.trim() {
            "" => "不适用".to_string(),
            r => format!("不适用({r})"),
        },
    }
}

/// The evidence the unit ticked, as `✓ 材料一;✓ 材料二`; empty when none is ticked.
/// Indexes outside the item's evidence list are ignored (validation reports them).
pub fn evidence_text(item: &Item, answer: &Answer) -> String {
    let mut ticked: Vec<usize> = answer.evidence.clone();
    ticked.sort_unstable();
    ticked.dedup();
    ticked
        .iter()
        .filter_map(|&i| item.evidence.get(i))
        .map(|e| format!("✓ {e}"))
        .collect::<Vec<_>>()
        .join(";")
}

/// The date part of an ISO 8601 timestamp (`2026-11-01T16:30:00Z` → `2026-11-01`).
pub fn date_part(timestamp: &str) -> String {
    timestamp
        .split(['T', ' '])
        .next()
        .unwrap_or_default()
        .to_string()
}
