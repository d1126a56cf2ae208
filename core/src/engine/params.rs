//! The thresholds in force: pack parameter defaults overridden by the unit, each with the
//! sentence that says which figure a finding used and where it comes from.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use crate::pack::{Pack, Parameter, Threshold};

/// Parameter values in force: the assessment's overrides over the pack's defaults, each with
/// the sentence that says which figure is used and where it comes from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Params {
    values: HashMap<String, f64>,
    notes: HashMap<String, String>,
}

impl Params {
    /// Pack defaults, overridden by `overrides` (usually `assessment.parameters`).
    pub fn new(pack: &Pack, overrides: &BTreeMap<String, f64>) -> Self {
        let mut values = HashMap::default();
        let mut notes = HashMap::default();
        for p in &pack.parameters {
            let value = overrides.get(&p.id).copied().unwrap_or(p.default);
            values.insert(p.id.clone(), value);
            notes.insert(p.id.clone(), threshold_note(pack, p, value));
        }
        Params { values, notes }
    }

    /// The value of parameter `id`.
    pub fn get(&self, id: &str) -> Option<f64> {
        self.values.get(id).copied()
    }

    /// "判定阈值:…" for parameter `id`: the figure in force and where it comes from.
    pub fn note(&self, id: &str) -> Option<&str> {
        self.notes.get(id).map(String::as_str)
    }

    /// The number a threshold stands for.
    pub(super) fn resolve(&self, threshold: &Threshold) -> Option<f64> {
        match threshold {
            Threshold::Value(v) => Some(*v),
            Threshold::Param(id) => self.get(id),
        }
    }
}

/// Formats a number without a needless ".0".
fn figure(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// The sentence shown next to every finding that used parameter `p` with `value` in force.
fn threshold_note(pack: &Pack, p: &Parameter, value: f64) -> String {
    let source = if p.national {
        let docs: Vec<String> = p
            .basis
            .iter()
            .map(|b| {
                let short = pack
                    .document(&b.document)
                    .map_or(b.document.as_str(), |d| d.short.as_str());
                format!("{short}{},{}", b.clause, b.confidence.label())
            })
            .collect();
        format!("全国口径:{}", docs.join(";"))
    } else {
        "无全国统一数值,本工具建议值".to_string()
    };
    let unit = &p.unit;
    if value == p.default {
        format!("判定阈值:{} {}{unit}({source})", p.label, figure(value))
    } else {
        format!(
            "判定阈值:{} {}{unit}(本单位设定;默认 {}{unit},{source})",
            p.label,
            figure(value),
            figure(p.default)
        )
    }
}
