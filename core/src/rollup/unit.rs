//! One unit's self-check boiled down to what the roll-up needs: who, when, counts per part,
//! which items are red on how many assets, and each app's facts and filing readiness. Small
//! on purpose: the roll-up of 100,000 files holds only these.

use crate::engine::{evaluate, Counts, Evaluation, Filing, Overall, Status};
use crate::model::{AppAudience, AppForm, Assessment, AssetId, DraftId, UnitLevel, UnitType};
use crate::pack::Pack;

use super::normalise::normalise_app_name;

/// A red-line item of one unit: which item and on how many of its assets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RedItem {
    /// Index of the item in the pack's item list.
    pub item: u16,
    /// Index of the item's part in the pack's part list.
    pub part: u8,
    /// Assets (or the unit itself) on which the item is red.
    pub assets: u32,
}

/// One app of a unit, as the roll-up sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct AppSummary {
    /// App id within its unit's file.
    pub id: AssetId,
    /// Name as written.
    pub name: String,
    /// The name normalised for same-kind grouping against the unit's name (see
    /// [`normalise_app_name`]), computed once when the file is read.
    pub key: String,
    /// Form (APP, 小程序, 快应用).
    pub form: AppForm,
    /// Audience.
    pub audience: AppAudience,
    /// Filing readiness.
    pub filing: Filing,
    /// Declared functions or categories; empty until the model carries them.
    pub functions: Vec<String>,
}

/// One readable file's self-check, summarised.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitSummary {
    /// Where it came from: the file name, or the backup's name and the draft's place in it.
    pub file: String,
    /// Draft id (the same check keeps its id across versions).
    pub draft_id: DraftId,
    /// Unit name as written.
    pub name: String,
    /// Administrative level.
    pub level: UnitLevel,
    /// Kind of unit.
    pub unit_type: UnitType,
    /// Assessment date, `YYYY-MM-DD` as written.
    pub date: String,
    /// Last change, ISO 8601.
    pub updated: String,
    /// Pack version the file was answered against.
    pub pack_version: String,
    /// Status counts over all rows.
    pub counts: Counts,
    /// Status counts per part, in pack part order.
    pub parts: Vec<Counts>,
    /// Answered share in whole percent.
    pub completion: u8,
    /// The overall verdict.
    pub overall: Overall,
    /// Red-line items, in pack order.
    pub red_items: Vec<RedItem>,
    /// Apps, in inventory order.
    pub apps: Vec<AppSummary>,
    /// Items its overlay packs (地方标准) added, as (item id, source label); empty for national-only files.
    pub overlay_items: Vec<(String, String)>,
    /// Of those, the ones red on at least one row.
    pub overlay_red: Vec<String>,
}

impl UnitSummary {
    /// Summarises `assessment` (already evaluated as `evaluation`) read from `file`.
    pub fn new(
        file: &str,
        pack_version: &str,
        pack: &Pack,
        assessment: &Assessment,
        evaluation: &Evaluation,
    ) -> Self {
        let part_of = |id: &str| pack.parts.iter().position(|p| p.id == id);
        let mut parts = vec![Counts::default(); pack.parts.len()];
        let mut red: Vec<u32> = vec![0; pack.items.len()];
        let item_index: std::collections::HashMap<&str, usize> = pack
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| (item.id.as_str(), i))
            .collect();
        for f in &evaluation.findings {
            if let Some(p) = part_of(&f.part).and_then(|i| parts.get_mut(i)) {
                p.add(f.status);
            }
            if f.status == Status::RedLine {
                if let Some(n) = item_index
                    .get(f.target.item.as_str())
                    .and_then(|&i| red.get_mut(i))
                {
                    *n += 1;
                }
            }
        }
        let red_items = red
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0)
            .filter_map(|(i, n)| {
                let item = pack.items.get(i)?;
                Some(RedItem {
                    item: u16::try_from(i).ok()?,
                    part: u8::try_from(part_of(&item.part)?).ok()?,
                    assets: *n,
                })
            })
            .collect();
        let apps = assessment
            .inventory
            .apps
            .iter()
            // Apps the unit only uses are filed and counted by their host.
            .filter(|app| app.hosted())
            .map(|app| AppSummary {
                id: app.id.clone(),
                name: app.name.clone(),
                key: normalise_app_name(&app.name, &assessment.profile.name),
                form: app.form,
                audience: app.audience,
                filing: evaluation
                    .filing
                    .iter()
                    .find(|v| v.app == app.id)
                    .map_or(Filing::Incomplete, |v| v.verdict),
                functions: Vec::new(),
            })
            .collect();
        let profile = &assessment.profile;
        UnitSummary {
            file: file.to_string(),
            draft_id: assessment.id.clone(),
            name: profile.name.clone(),
            level: profile.level,
            unit_type: profile.unit_type,
            date: profile.date.clone(),
            updated: assessment.updated.clone(),
            pack_version: pack_version.to_string(),
            counts: evaluation.counts,
            parts,
            completion: evaluation.completion_percent,
            overall: evaluation.verdict.overall,
            red_items,
            apps,
            overlay_items: Vec::new(),
            overlay_red: Vec::new(),
        }
    }

    /// Records the overlay items of `merged` (the national pack plus this file's overlays, which
    /// `evaluation` was judged on): which were asked, which are red.
    pub fn with_overlays(mut self, merged: &Pack, evaluation: &Evaluation) -> Self {
        self.overlay_items = merged
            .items
            .iter()
            .filter_map(|i| {
                let source = crate::overlay::source_of(merged, i)?;
                Some((i.id.clone(), source.label()))
            })
            .collect();
        self.overlay_red = self
            .overlay_items
            .iter()
            .filter(|(id, _)| {
                evaluation
                    .findings
                    .iter()
                    .any(|f| f.target.item == *id && f.status == Status::RedLine)
            })
            .map(|(id, _)| id.clone())
            .collect();
        self
    }

    /// Evaluates `assessment` against `pack` and summarises it.
    pub fn evaluate(file: &str, pack_version: &str, pack: &Pack, assessment: &Assessment) -> Self {
        Self::new(
            file,
            pack_version,
            pack,
            assessment,
            &evaluate(pack, assessment),
        )
    }

    /// Whether this summary is newer than `other`: a later assessment date, then a later change.
    pub fn is_newer_than(&self, other: &UnitSummary) -> bool {
        (self.date.as_str(), self.updated.as_str()) > (other.date.as_str(), other.updated.as_str())
    }
}
