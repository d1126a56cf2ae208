//! The checks an overlay must pass before it is loaded: its header, its ids (new, unique, not
//! national), every reference resolves, every override is justified and never loosens a national
//! figure, every added option is new. Items' rules and citations: [`super::check_items`];
//! overrides and options: [`super::check_overrides`].

use std::collections::HashSet;

use super::check_items::item_problems;
use super::check_overrides::{option_problems, override_problems};
use super::error::OverlayError;
use super::model::Overlay;
use crate::pack::Pack;

/// Every problem of `o` as an addition to `national`; empty means it can be loaded.
pub fn check(national: &Pack, o: &Overlay) -> Vec<OverlayError> {
    let mut out = header_problems(national, o);
    id_problems(national, o, &mut out);
    // An item with a national id is refused as a rewrite; its content is not checked further.
    for (i, item) in o
        .items
        .iter()
        .enumerate()
        .filter(|(_, i)| national.item(&i.id).is_none())
    {
        let field = format!("items[{i}]({})", item.id);
        out.extend(item_problems(national, o, item, &field));
    }
    override_problems(national, o, &mut out);
    option_problems(national, o, &mut out);
    if o.items.is_empty() && o.overrides.is_empty() && o.options.is_empty() {
        out.push(OverlayError::AddsNothing);
    }
    out
}

fn header_problems(national: &Pack, o: &Overlay) -> Vec<OverlayError> {
    let mut out = Vec::new();
    let id_ok = (2..=40).contains(&o.id.len())
        && o.id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !id_ok {
        out.push(OverlayError::BadId(o.id.chars().take(40).collect()));
    }
    if !is_version(&o.version) {
        out.push(OverlayError::BadVersion {
            field: "version".into(),
            found: o.version.clone(),
        });
    }
    if !(o.effective.len() == 10 && crate::date::days_from_iso(&o.effective).is_some()) {
        out.push(OverlayError::BadDate {
            field: "effective".into(),
            found: o.effective.clone(),
        });
    }
    for (name, text) in [("title", &o.title), ("issuer", &o.issuer)] {
        if text.trim().is_empty() {
            out.push(OverlayError::Empty(name.into()));
        }
    }
    if o.base_pack != national.id {
        out.push(OverlayError::WrongBase {
            found: o.base_pack.clone(),
            expected: national.id.clone(),
        });
    }
    match o.changelog.first() {
        None => {}
        Some(r) if r.version == o.version => {}
        Some(_) => out.push(OverlayError::ChangelogVersion(o.version.clone())),
    }
    for (i, r) in o.changelog.iter().enumerate() {
        if !is_version(&r.version) {
            out.push(OverlayError::BadVersion {
                field: format!("changelog[{i}].version"),
                found: r.version.clone(),
            });
        }
    }
    out
}

/// `x.y.z` with whole numbers.
pub(super) fn is_version(v: &str) -> bool {
    let parts: Vec<&str> = v.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

fn id_problems(national: &Pack, o: &Overlay, out: &mut Vec<OverlayError>) {
    let mut dup = HashSet::new();
    for (i, d) in o.documents.iter().enumerate() {
        let field = format!("documents[{i}]");
        out.extend(collide(
            field.clone(),
            &d.id,
            national.document(&d.id).is_some(),
            "文件",
        ));
        if !dup.insert(("d", d.id.as_str())) {
            out.push(duplicate(field, &d.id));
        }
        if d.covers.is_empty() {
            out.push(OverlayError::Empty(format!("documents[{i}].covers")));
        }
    }
    for (i, p) in o.parts.iter().enumerate() {
        let field = format!("parts[{i}]");
        out.extend(collide(
            field.clone(),
            &p.id,
            national.part(&p.id).is_some(),
            "部分",
        ));
        if !dup.insert(("p", p.id.as_str())) {
            out.push(duplicate(field, &p.id));
        }
    }
    for (i, a) in o.articles.iter().enumerate() {
        let field = format!("articles[{i}]");
        out.extend(collide(
            field.clone(),
            &a.id,
            national.article(&a.id).is_some(),
            "条目",
        ));
        if !dup.insert(("a", a.id.as_str())) {
            out.push(duplicate(field.clone(), &a.id));
        }
        if national.part(&a.part).is_none() && !o.parts.iter().any(|p| p.id == a.part) {
            out.push(unknown(format!("{field}.part"), "部分", &a.part));
        }
        if national.document(&a.document).is_none()
            && !o.documents.iter().any(|d| d.id == a.document)
        {
            out.push(unknown(format!("{field}.document"), "文件", &a.document));
        }
    }
    for (i, p) in o.parameters.iter().enumerate() {
        let field = format!("parameters[{i}]");
        out.extend(collide(
            field.clone(),
            &p.id,
            national.parameter(&p.id).is_some(),
            "参数",
        ));
        if !dup.insert(("q", p.id.as_str())) {
            out.push(duplicate(field.clone(), &p.id));
        }
        if !p.default.is_finite() || p.default < 0.0 {
            out.push(OverlayError::BadValue {
                field: format!("{field}.default"),
                value: p.default.to_string(),
            });
        }
    }
    for (i, item) in o.items.iter().enumerate() {
        let field = format!("items[{i}]");
        if national.item(&item.id).is_some() {
            out.push(OverlayError::RewritesNational {
                field,
                id: item.id.clone(),
            });
        } else if national.retired_item(&item.id).is_some() {
            out.push(OverlayError::NationalCollision {
                field,
                id: item.id.clone(),
                what: "已删除题目",
            });
        } else if !dup.insert(("i", item.id.as_str())) {
            out.push(duplicate(field, &item.id));
        }
    }
}

/// A collision with a national id, when `national_has` it.
fn collide(
    field: String,
    id: &str,
    national_has: bool,
    what: &'static str,
) -> Option<OverlayError> {
    national_has.then(|| OverlayError::NationalCollision {
        field,
        id: id.into(),
        what,
    })
}

fn duplicate(field: String, id: &str) -> OverlayError {
    OverlayError::Duplicate {
        field,
        id: id.into(),
        other: String::new(),
    }
}

pub(super) fn unknown(field: String, what: &'static str, id: &str) -> OverlayError {
    OverlayError::Unknown {
        field,
        what,
        id: id.into(),
    }
}
