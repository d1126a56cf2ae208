//! Merging overlays into the national pack: the engine, report and exports then see one pack in
//! which overlay items, parameters and options carry their source. National items are never
//! changed (only choice lists grow and parameter defaults tighten, as the checks allow).

use super::check::check;
use super::error::OverlayError;
use super::model::Overlay;
use crate::pack::{AnswerKind, Pack};

/// `national` with `overlays` added, in order; each overlay is checked first, and two overlays
/// may not use the same id for anything nor adjust the same parameter.
pub fn apply(national: &Pack, overlays: &[Overlay]) -> Result<Pack, Vec<OverlayError>> {
    let mut pack = national.clone();
    for o in overlays {
        let mut problems = check(national, o);
        problems.extend(clashes(&pack, o));
        if !problems.is_empty() {
            return Err(problems);
        }
        add(&mut pack, o);
    }
    Ok(pack)
}

/// Ids `o` shares with overlays already merged into `pack`.
fn clashes(pack: &Pack, o: &Overlay) -> Vec<OverlayError> {
    let mut out = Vec::new();
    let other = |id: &Option<String>| {
        format!(
            "(另一份地方标准“{}”已使用)",
            id.as_deref().unwrap_or_default()
        )
    };
    if pack.overlays.iter().any(|s| s.id == o.id) {
        out.push(OverlayError::Duplicate {
            field: "id".into(),
            id: o.id.clone(),
            other: "(同一份地方标准不能叠加两次)".into(),
        });
    }
    for (i, item) in o.items.iter().enumerate() {
        if let Some(have) = pack.item(&item.id) {
            out.push(OverlayError::Duplicate {
                field: format!("items[{i}]"),
                id: item.id.clone(),
                other: other(&have.source),
            });
        }
    }
    for (i, p) in o.parameters.iter().enumerate() {
        if let Some(have) = pack.parameter(&p.id) {
            out.push(OverlayError::Duplicate {
                field: format!("parameters[{i}]"),
                id: p.id.clone(),
                other: other(&have.source),
            });
        }
    }
    for (i, ov) in o.overrides.iter().enumerate() {
        if let Some(have) = pack.parameter(&ov.parameter).filter(|p| p.source.is_some()) {
            out.push(OverlayError::OverriddenTwice {
                field: format!("overrides[{i}]({})", ov.parameter),
                id: ov.parameter.clone(),
                other: other(&have.source),
            });
        }
    }
    let ids = |p: &Pack| -> Vec<String> {
        p.documents
            .iter()
            .map(|d| format!("d:{}", d.id))
            .chain(p.parts.iter().map(|x| format!("p:{}", x.id)))
            .chain(p.articles.iter().map(|x| format!("a:{}", x.id)))
            .collect()
    };
    let have = ids(pack);
    let mine = o
        .documents
        .iter()
        .map(|d| format!("d:{}", d.id))
        .chain(o.parts.iter().map(|x| format!("p:{}", x.id)))
        .chain(o.articles.iter().map(|x| format!("a:{}", x.id)));
    for key in mine.filter(|k| have.contains(k)) {
        out.push(OverlayError::Duplicate {
            field: "documents / parts / articles".into(),
            id: key[2..].to_string(),
            other: "(另一份已叠加的地方标准已使用)".into(),
        });
    }
    out
}

/// Adds checked overlay `o` to `pack`.
fn add(pack: &mut Pack, o: &Overlay) {
    let source = Some(o.id.clone());
    pack.documents.extend(o.documents.iter().cloned());
    pack.parts.extend(o.parts.iter().cloned());
    pack.articles.extend(o.articles.iter().cloned());
    pack.parameters
        .extend(o.parameters.iter().cloned().map(|mut p| {
            p.source = source.clone();
            p
        }));
    for ov in &o.overrides {
        if let Some(p) = pack.parameters.iter_mut().find(|p| p.id == ov.parameter) {
            p.note = format!(
                "{}:{}(全国问卷默认 {}{})",
                o.title, ov.note, p.default, p.unit
            );
            p.default = ov.value;
            p.basis.extend(ov.basis.iter().cloned());
            p.source = source.clone();
        }
    }
    for extra in &o.options {
        let Some(item) = pack.items.iter_mut().find(|i| i.id == extra.item) else {
            continue;
        };
        if let AnswerKind::Single { options } | AnswerKind::Multi { options } = &mut item.answer {
            options.extend(extra.add.iter().cloned());
        }
    }
    pack.items.extend(o.items.iter().cloned().map(|mut i| {
        i.source = source.clone();
        i
    }));
    pack.overlays.push(o.stamp());
}
