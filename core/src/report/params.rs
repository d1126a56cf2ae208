//! Parameters in force: the thresholds the judgement used, each marked as the pack default or
//! changed by the unit, so a reader sees they are tunable numbers, not national rules.

use super::text::quantity_text;
use crate::model::Assessment;
use crate::pack::Pack;

/// One parameter as printed.
#[derive(Debug, Clone, PartialEq)]
pub struct ParamRow {
    /// Parameter id.
    pub id: String,
    /// Label, e.g. 公众账号停更提示天数.
    pub label: String,
    /// Value in force.
    pub value: f64,
    /// Value with unit, e.g. `90天`.
    pub value_text: String,
    /// Unit, e.g. 天.
    pub unit: String,
    /// The pack default.
    pub default: f64,
    /// Default with unit.
    pub default_text: String,
    /// Whether the unit changed it from the default.
    pub changed: bool,
    /// 全国口径, 本工具默认值, 地方标准 or 本单位调整.
    pub source: &'static str,
    /// Why this default, and that it is not a national number.
    pub note: String,
}

/// One row per pack parameter, in pack order.
pub(crate) fn parameters(pack: &Pack, assessment: &Assessment) -> Vec<ParamRow> {
    pack.parameters
        .iter()
        .map(|p| {
            let value = assessment
                .parameters
                .get(&p.id)
                .copied()
                .unwrap_or(p.default);
            let changed = value != p.default;
            ParamRow {
                id: p.id.clone(),
                label: p.label.clone(),
                value,
                value_text: quantity_text(value, &p.unit),
                unit: p.unit.clone(),
                default: p.default,
                default_text: quantity_text(p.default, &p.unit),
                changed,
                source: if changed {
                    "本单位调整"
                } else if p.source.is_some() {
                    // Added or set by an overlay pack; its note names which.
                    "地方标准"
                } else if p.national {
                    "全国口径"
                } else {
                    "本工具默认值"
                },
                note: p.note.clone(),
            }
        })
        .collect()
}
