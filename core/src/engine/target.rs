//! Applicability: which (item, asset) pairs a unit must answer, given its profile and inventory.

use crate::model::{Account, App, Assessment, AssetId, Group, ItemId, UnitProfile, UNIT_ASSET};
use crate::pack::{Filter, Item, Pack, Scope};

/// One row of the questionnaire: an item asked of one asset (or of the unit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// Item id, e.g. `B4.1`.
    pub item: ItemId,
    /// Asset id, or `unit` for unit-scope items.
    pub asset: AssetId,
    /// Which kind of asset the row is about.
    pub scope: Scope,
    /// What users see for the asset: the unit's or the asset's name.
    pub label: String,
}

/// A borrowed asset of the assessment (or the unit itself), for filters and prefill.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AssetRef<'a> {
    /// The unit as a whole.
    Unit(&'a UnitProfile),
    /// An app.
    App(&'a App),
    /// A public account.
    Account(&'a Account),
    /// A work group.
    Group(&'a Group),
}

impl<'a> AssetRef<'a> {
    /// The asset of `scope` with id `id` in `assessment` (the unit for unit rows).
    pub fn find(assessment: &'a Assessment, scope: Scope, id: &str) -> Option<Self> {
        let inv = &assessment.inventory;
        match scope {
            Scope::Unit => Some(AssetRef::Unit(&assessment.profile)),
            Scope::App => inv.apps.iter().find(|a| a.id == id).map(AssetRef::App),
            Scope::Account => inv
                .accounts
                .iter()
                .find(|a| a.id == id)
                .map(AssetRef::Account),
            Scope::Group => inv.groups.iter().find(|g| g.id == id).map(AssetRef::Group),
        }
    }

    /// The asset id answers are keyed by (`unit` for the unit).
    pub fn id(self) -> &'a str {
        match self {
            AssetRef::Unit(_) => UNIT_ASSET,
            AssetRef::App(a) => &a.id,
            AssetRef::Account(a) => &a.id,
            AssetRef::Group(g) => &g.id,
        }
    }

    /// The scope this asset answers under.
    pub fn scope(self) -> Scope {
        match self {
            AssetRef::Unit(_) => Scope::Unit,
            AssetRef::App(_) => Scope::App,
            AssetRef::Account(_) => Scope::Account,
            AssetRef::Group(_) => Scope::Group,
        }
    }

    /// Display label: the name, with the platform for accounts and groups; the id when unnamed.
    pub fn label(self) -> String {
        let named = |name: &str, fallback: &str| {
            let name = name.trim();
            if name.is_empty() {
                fallback.to_string()
            } else {
                name.to_string()
            }
        };
        let with_platform = |name: String, platform: &str| match platform.trim() {
            "" => name,
            p => format!("{name}({p})"),
        };
        match self {
            AssetRef::Unit(p) => named(&p.name, "本单位"),
            AssetRef::App(a) => named(&a.name, &a.id),
            AssetRef::Account(a) => with_platform(named(&a.name, &a.id), &a.platform),
            AssetRef::Group(g) => with_platform(named(&g.name, &g.id), &g.platform),
        }
    }

    /// The public row for this asset and `item`.
    pub fn target(self, item: &Item) -> Target {
        Target {
            item: ItemId::from(&item.id),
            asset: AssetId::from(self.id()),
            scope: self.scope(),
            label: self.label(),
        }
    }
}

/// Whether `filter` admits `asset` of a unit with `profile`. App filters constrain only apps and
/// the group filter only groups; unit and scope filters constrain every row. Empty lists admit
/// anything.
pub fn filter_matches(filter: &Filter, profile: &UnitProfile, asset: AssetRef<'_>) -> bool {
    if !filter.unit_level.is_empty() && !filter.unit_level.contains(&profile.level) {
        return false;
    }
    if filter.supervising_unit && !profile.supervising {
        return false;
    }
    if !filter.unit_type.is_empty() && !filter.unit_type.contains(&profile.unit_type) {
        return false;
    }
    if !filter.scope.is_empty() && !filter.scope.contains(&asset.scope()) {
        return false;
    }
    match asset {
        AssetRef::App(app) => {
            (filter.app_audience.is_empty() || filter.app_audience.contains(&app.audience))
                && (filter.app_status.is_empty() || filter.app_status.contains(&app.status))
                && (filter.app_role.is_empty() || filter.app_role.contains(&app.role))
        }
        AssetRef::Group(g) => filter.group_kind.is_empty() || filter.group_kind.contains(&g.kind),
        AssetRef::Unit(_) | AssetRef::Account(_) => true,
    }
}

/// Every applicable (item, asset) pair, borrowed, in pack item order then unit, apps, accounts, groups.
pub(crate) fn applicable<'a>(
    pack: &'a Pack,
    assessment: &'a Assessment,
) -> Vec<(&'a Item, AssetRef<'a>)> {
    let profile = &assessment.profile;
    let inv = &assessment.inventory;
    let mut out = Vec::new();
    for item in &pack.items {
        for scope in [Scope::Unit, Scope::App, Scope::Account, Scope::Group] {
            if !item.scope.contains(&scope) {
                continue;
            }
            let assets: Vec<AssetRef<'a>> = match scope {
                Scope::Unit => vec![AssetRef::Unit(profile)],
                Scope::App => inv.apps.iter().map(AssetRef::App).collect(),
                Scope::Account => inv.accounts.iter().map(AssetRef::Account).collect(),
                Scope::Group => inv.groups.iter().map(AssetRef::Group).collect(),
            };
            out.extend(
                assets
                    .into_iter()
                    .filter(|a| filter_matches(&item.filter, profile, *a))
                    .map(|a| (item, a)),
            );
        }
    }
    out
}

/// Every (item, asset) pair that applies to this unit, in pack item order then inventory order
/// (the unit, then apps, accounts, groups). Unit-scope items have asset `unit`.
pub fn applicable_targets(pack: &Pack, assessment: &Assessment) -> Vec<Target> {
    applicable(pack, assessment)
        .into_iter()
        .map(|(item, asset)| asset.target(item))
        .collect()
}
