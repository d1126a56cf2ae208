//! The checks of an overlay's parameter overrides (justified by a local rule, never loosening a
//! national figure) and of its added choice options (new values on a national choice item).

use std::collections::HashSet;

use super::check::unknown;
use super::error::OverlayError;
use super::model::Overlay;
use crate::pack::{Condition, Pack, Threshold};

pub(super) fn override_problems(national: &Pack, o: &Overlay, out: &mut Vec<OverlayError>) {
    let mut done: Vec<&str> = Vec::new();
    for (i, ov) in o.overrides.iter().enumerate() {
        let field = format!("overrides[{i}]({})", ov.parameter);
        if done.contains(&ov.parameter.as_str()) {
            out.push(OverlayError::OverriddenTwice {
                field: field.clone(),
                id: ov.parameter.clone(),
                other: String::new(),
            });
        }
        done.push(&ov.parameter);
        if ov.basis.is_empty() {
            out.push(OverlayError::NoBasis(field.clone()));
        } else if !ov.basis.iter().any(|b| b.confidence.is_local_rule()) {
            out.push(OverlayError::NotLocal(field.clone()));
        }
        for (j, b) in ov.basis.iter().enumerate() {
            if national.document(&b.document).is_none()
                && !o.documents.iter().any(|d| d.id == b.document)
            {
                out.push(unknown(format!("{field}.basis[{j}]"), "文件", &b.document));
            }
        }
        if ov.note.trim().is_empty() {
            out.push(OverlayError::Empty(format!("{field}.note")));
        }
        if !ov.value.is_finite() || ov.value < 0.0 {
            out.push(OverlayError::BadValue {
                field: format!("{field}.value"),
                value: ov.value.to_string(),
            });
            continue;
        }
        let Some(p) = national.parameter(&ov.parameter) else {
            if !o.parameters.iter().any(|p| p.id == ov.parameter) {
                out.push(unknown(format!("{field}.parameter"), "参数", &ov.parameter));
            }
            continue;
        };
        if p.national && loosens(national, &p.id, p.default, ov.value) {
            out.push(OverlayError::Loosens {
                field,
                id: p.id.clone(),
                national: p.default.to_string(),
                value: ov.value.to_string(),
                unit: p.unit.clone(),
            });
        }
    }
}

/// Whether moving parameter `id` from `from` to `to` makes any national rule fire less often.
fn loosens(national: &Pack, id: &str, from: f64, to: f64) -> bool {
    let is = |t: &Threshold| matches!(t, Threshold::Param(p) if p == id);
    national
        .items
        .iter()
        .flat_map(|i| &i.rules)
        .any(|r| match &r.condition {
            Condition::Above { than } | Condition::OlderThanDays { than } if is(than) => to > from,
            Condition::Below { than } if is(than) => to < from,
            _ => false,
        })
}

pub(super) fn option_problems(national: &Pack, o: &Overlay, out: &mut Vec<OverlayError>) {
    use crate::pack::AnswerKind;
    for (i, extra) in o.options.iter().enumerate() {
        let field = format!("options[{i}]({})", extra.item);
        let Some(item) = national.item(&extra.item) else {
            out.push(unknown(format!("{field}.item"), "全国题目", &extra.item));
            continue;
        };
        let (AnswerKind::Single { options } | AnswerKind::Multi { options }) = &item.answer else {
            out.push(OverlayError::NotChoice {
                field,
                item: extra.item.clone(),
            });
            continue;
        };
        if extra.add.is_empty() {
            out.push(OverlayError::Empty(format!("{field}.add")));
        }
        let mut values: HashSet<&str> = options.iter().map(|x| x.value.as_str()).collect();
        for (j, add) in extra.add.iter().enumerate() {
            if add.value.trim().is_empty() || add.label.trim().is_empty() {
                out.push(OverlayError::Empty(format!("{field}.add[{j}]")));
            }
            if !values.insert(add.value.as_str()) {
                out.push(OverlayError::OptionExists {
                    field: format!("{field}.add[{j}]"),
                    item: extra.item.clone(),
                    value: add.value.clone(),
                });
            }
        }
    }
}
