//! JSON Lines for loading a roll-up into a database or analytics engine: a first `meta` line,
//! then one `finding` line per unit × problem row (红线, 建议改进, 未作答), every line carrying
//! the unit's columns so a single table needs no join. A unit without any problem row gets one
//! line with `item` and `status` null. The schema is documented in docs/rollup.md.

use serde_json::{json, Value};

use super::anon::{Naming, REMOVED};
use super::intake::unit_key;
use super::unit::UnitSummary;
use crate::engine::{Evaluation, Overall, Status};
use crate::pack::Pack;

/// Version of the line schema; bumped when a field changes meaning or is removed.
pub const JSONL_SCHEMA: u32 = 1;

/// Counts written into the meta line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MetaCounts {
    /// Files and backup drafts read.
    pub files_read: usize,
    /// Not counted.
    pub rejected: usize,
    /// Duplicates set aside.
    pub duplicates: usize,
    /// Units counted.
    pub units: usize,
}

/// The first line: what the file is, when it was made, how many files went in, and (when
/// anonymised) what was removed.
pub fn meta_line(pack: &Pack, today: &str, counts: MetaCounts, naming: &Naming) -> String {
    let removed: Vec<&str> = if naming.is_anonymised() {
        REMOVED.to_vec()
    } else {
        Vec::new()
    };
    json!({
        "record": "meta",
        "schema": JSONL_SCHEMA,
        "tool": "fingertip",
        "pack_id": pack.id,
        "pack_version": pack.version,
        "generated": today,
        "files_read": counts.files_read,
        "rejected": counts.rejected,
        "duplicates": counts.duplicates,
        "units": counts.units,
        "anonymised": naming.is_anonymised(),
        "removed": removed,
    })
    .to_string()
}

fn code<T: serde::Serialize>(v: T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

fn overall_code(o: Overall) -> &'static str {
    match o {
        Overall::RedLines => "red_lines",
        Overall::Incomplete => "incomplete",
        Overall::AdvisoryOnly => "advisory_only",
        Overall::Compliant => "compliant",
    }
}

fn status_code(s: Status) -> Option<&'static str> {
    match s {
        Status::RedLine => Some("red_line"),
        Status::Advisory => Some("advisory"),
        Status::Unanswered => Some("unanswered"),
        Status::Undetermined => Some("undetermined"),
        Status::Compliant | Status::NotApplicable => None,
    }
}

/// The finding lines of one counted unit, each ending in `\n`, appended to `out`.
pub fn unit_lines(
    out: &mut String,
    pack: &Pack,
    unit: &UnitSummary,
    evaluation: &Evaluation,
    naming: &Naming,
) {
    let anonymised = naming.is_anonymised();
    let base = json!({
        "record": "finding",
        "unit": naming.unit(&unit.name, &unit_key(unit)),
        "file": naming.file(&unit.file),
        "level": code(unit.level),
        "unit_type": code(unit.unit_type),
        "date": unit.date,
        "pack_version": unit.pack_version,
        "overall": overall_code(unit.overall),
        "red_lines": unit.counts.red_line,
        "advisories": unit.counts.advisory,
        "unanswered": unit.counts.unanswered,
        "completion": unit.completion,
    });
    let apps: Vec<&str> = unit.apps.iter().map(|a| a.id.as_str()).collect();
    let mut any = false;
    for f in &evaluation.findings {
        let Some(status) = status_code(f.status) else {
            continue;
        };
        any = true;
        let mut line = base.clone();
        let asset_label = if anonymised {
            match apps.iter().position(|a| *a == f.target.asset) {
                Some(i) => naming.app("", i),
                None => String::new(),
            }
        } else {
            f.target.label.clone()
        };
        let reasons = if anonymised {
            String::new()
        } else {
            f.reasons.join(";")
        };
        if let Value::Object(map) = &mut line {
            map.insert("item".into(), json!(f.target.item));
            map.insert("part".into(), json!(f.part));
            map.insert("article".into(), json!(f.article));
            map.insert("scope".into(), code(f.target.scope));
            map.insert("asset".into(), json!(f.target.asset));
            map.insert("asset_label".into(), json!(asset_label));
            map.insert("status".into(), json!(status));
            let blocks = pack.item(&f.target.item).is_some_and(|i| i.blocks_filing);
            map.insert("blocks_filing".into(), json!(blocks));
            map.insert("reasons".into(), json!(reasons));
            let source = unit
                .overlay_items
                .iter()
                .find(|(id, _)| *id == f.target.item);
            map.insert("source".into(), json!(source.map(|(_, s)| s)));
        }
        out.push_str(&line.to_string());
        out.push('\n');
    }
    if !any {
        let mut line = base;
        if let Value::Object(map) = &mut line {
            for key in [
                "item",
                "part",
                "article",
                "scope",
                "asset",
                "asset_label",
                "status",
                "blocks_filing",
                "reasons",
                "source",
            ] {
                map.insert(key.into(), Value::Null);
            }
        }
        out.push_str(&line.to_string());
        out.push('\n');
    }
}
