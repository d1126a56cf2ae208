//! The checks of one added item: its part and article resolve, its texts are written, it cites
//! a local rule, every citation covers its rows, and every rule can fire.

use super::check::unknown;
use super::error::OverlayError;
use super::model::Overlay;
use crate::pack::{AnswerKind, Condition, Item, Pack, Rule, Scope, Threshold};

/// Every problem of overlay item `item` (at `field`) against `national` plus `o`.
pub(super) fn item_problems(
    national: &Pack,
    o: &Overlay,
    item: &Item,
    field: &str,
) -> Vec<OverlayError> {
    let mut out = Vec::new();
    let part_known =
        national.part(&item.part).is_some() || o.parts.iter().any(|p| p.id == item.part);
    if !part_known {
        out.push(unknown(format!("{field}.part"), "部分", &item.part));
    }
    let article = national
        .article(&item.article)
        .or_else(|| o.articles.iter().find(|a| a.id == item.article));
    match article {
        None => out.push(unknown(format!("{field}.article"), "条目", &item.article)),
        Some(a) if part_known && a.part != item.part => out.push(OverlayError::ArticleNotInPart {
            field: field.to_string(),
            article: a.id.clone(),
            actual: a.part.clone(),
            part: item.part.clone(),
        }),
        Some(_) => {}
    }
    for (name, text) in [
        ("question", &item.question),
        ("help", &item.help),
        ("remedy", &item.remedy),
    ] {
        if text.trim().is_empty() {
            out.push(OverlayError::Empty(format!("{field}.{name}")));
        }
    }
    if item.scope.is_empty() {
        out.push(OverlayError::Empty(format!("{field}.scope")));
    }
    if item.evidence.is_empty() {
        out.push(OverlayError::Empty(format!("{field}.evidence")));
    }
    basis_problems(national, o, item, field, &mut out);
    if let AnswerKind::Single { options } | AnswerKind::Multi { options } = &item.answer {
        let mut values: Vec<&str> = options.iter().map(|x| x.value.as_str()).collect();
        values.sort_unstable();
        values.dedup();
        if options.len() < 2 || values.len() != options.len() {
            out.push(OverlayError::BadOptions(format!("{field}.answer")));
        }
    }
    if item.rules.is_empty() {
        out.push(OverlayError::NoRules(field.to_string()));
    }
    for (i, rule) in item.rules.iter().enumerate() {
        let at = format!("{field}.rules[{i}]");
        if rule.reason.trim().is_empty() {
            out.push(OverlayError::Empty(format!("{at}.reason")));
        }
        if let Some(p) = unknown_param(national, o, rule) {
            out.push(unknown(format!("{at}.than"), "参数", &p));
        } else if let Some(why) = why_never(item, rule) {
            out.push(OverlayError::CannotFire { field: at, why });
        }
    }
    if let Some(e) = &item.exception {
        let known = national.document(&e.basis.document).is_some()
            || o.documents.iter().any(|d| d.id == e.basis.document);
        if !known {
            out.push(unknown(
                format!("{field}.exception.basis"),
                "文件",
                &e.basis.document,
            ));
        }
    }
    for (i, p) in item.prohibitions.iter().enumerate() {
        if !national.prohibitions.iter().any(|x| &x.id == p) {
            out.push(unknown(format!("{field}.prohibitions[{i}]"), "禁止情形", p));
        }
    }
    out
}

fn basis_problems(
    national: &Pack,
    o: &Overlay,
    item: &Item,
    field: &str,
    out: &mut Vec<OverlayError>,
) {
    if item.basis.is_empty() {
        out.push(OverlayError::NoBasis(field.to_string()));
        return;
    }
    if !item.basis.iter().any(|b| b.confidence.is_local_rule()) {
        out.push(OverlayError::NotLocal(field.to_string()));
    }
    for (i, b) in item.basis.iter().enumerate() {
        let at = format!("{field}.basis[{i}]");
        let doc = national
            .document(&b.document)
            .or_else(|| o.documents.iter().find(|d| d.id == b.document));
        let Some(doc) = doc else {
            out.push(unknown(at, "文件", &b.document));
            continue;
        };
        if b.clause.trim().is_empty() {
            out.push(OverlayError::Empty(format!("{at}.clause")));
        }
        if b.kinds.is_empty() {
            out.push(OverlayError::Empty(format!("{at}.kinds")));
        }
        for k in &b.kinds {
            let what = if !doc.covers.contains(k) {
                format!("不涉及{}", scope_name(*k))
            } else if !item.scope.contains(k) {
                format!("被引用于{},但这道题不问{}", scope_name(*k), scope_name(*k))
            } else {
                continue;
            };
            out.push(OverlayError::BadBasis {
                field: at.clone(),
                document: b.document.clone(),
                what,
            });
        }
    }
    for s in &item.scope {
        if !item.basis.iter().any(|b| b.covers(*s)) {
            out.push(OverlayError::BadBasis {
                field: format!("{field}.basis"),
                document: "(全部)".into(),
                what: format!("都没有覆盖{}(kinds 中缺少)", scope_name(*s)),
            });
        }
    }
}

fn scope_name(s: Scope) -> &'static str {
    match s {
        Scope::Unit => "单位(unit)",
        Scope::App => "应用(app)",
        Scope::Account => "公众账号(account)",
        Scope::Group => "工作群组(group)",
    }
}

fn unknown_param(national: &Pack, o: &Overlay, rule: &Rule) -> Option<String> {
    let (Condition::Above { than } | Condition::Below { than } | Condition::OlderThanDays { than }) =
        &rule.condition
    else {
        return None;
    };
    match than {
        Threshold::Param(p)
            if national.parameter(p).is_none() && !o.parameters.iter().any(|x| &x.id == p) =>
        {
            Some(p.clone())
        }
        _ => None,
    }
}

/// Why no answer can make `rule` of `item` fire, or `None` when some answer can.
fn why_never(item: &Item, rule: &Rule) -> Option<String> {
    let choice = item.answer.choice_values();
    let multi: Option<Vec<&str>> = match &item.answer {
        AnswerKind::Multi { options } => Some(options.iter().map(|o| o.value.as_str()).collect()),
        _ => None,
    };
    let missing = |values: &[String], allowed: &[&str]| {
        values
            .iter()
            .find(|v| !allowed.contains(&v.as_str()))
            .map(|v| format!("取值“{v}”不是这道题的选项(可选:{})", allowed.join("、")))
    };
    if rule.only.scope.iter().any(|s| !item.scope.contains(s)) {
        return Some("only.scope 限定的对象类型这道题并不问".into());
    }
    match &rule.condition {
        Condition::Is { values } | Condition::AnyOf { values } | Condition::Lacks { values }
            if values.is_empty() =>
        {
            Some("values 为空".into())
        }
        Condition::Is { values } => match &choice {
            Some(allowed) => missing(values, allowed),
            None => Some("is 只能用于是否题或单选题".into()),
        },
        Condition::AnyOf { values } | Condition::Lacks { values } => match &multi {
            Some(allowed) => missing(values, allowed),
            None => Some("any_of / lacks 只能用于多选题".into()),
        },
        Condition::Above { .. } | Condition::Below { .. }
            if !matches!(item.answer, AnswerKind::Number { .. }) =>
        {
            Some("above / below 只能用于数字题".into())
        }
        Condition::Below {
            than: Threshold::Value(v),
        } if *v <= 0.0 => Some(format!("答案不能为负数,不会低于 {v}")),
        Condition::Never
            if !matches!(
                item.answer,
                AnswerKind::Date {
                    allow_never: true,
                    ..
                }
            ) =>
        {
            Some("never 只能用于允许“从未”的日期题".into())
        }
        Condition::OlderThanDays { .. } if !matches!(item.answer, AnswerKind::Date { .. }) => {
            Some("older_than_days 只能用于日期题".into())
        }
        _ => None,
    }
}
