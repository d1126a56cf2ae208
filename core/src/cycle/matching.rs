//! Which asset of one self-check is which asset of another: by stable id first (the next
//! self-check keeps every id), then by kind and name for what is left, marked 按名称匹配.

use crate::engine::AssetRef;
use crate::model::{Assessment, UNIT_ASSET};
use crate::pack::Scope;

/// One asset as seen in two self-checks; either side may be missing (added or removed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssetMatch {
    /// Kind of asset.
    pub scope: Scope,
    /// Its id in the earlier check, when it is there.
    pub before: Option<String>,
    /// Its id in the later check, when it is there.
    pub after: Option<String>,
    /// Its label in the earlier check (empty when absent).
    pub before_label: String,
    /// Its label in the later check (empty when absent).
    pub after_label: String,
    /// Matched by name because the ids differ: shown with a 按名称匹配 mark.
    pub by_name: bool,
}

impl AssetMatch {
    /// The label to show: the later one, else the earlier one.
    pub fn label(&self) -> &str {
        match self.after_label.is_empty() {
            true => &self.before_label,
            false => &self.after_label,
        }
    }

    /// Whether the asset was renamed between the two checks (matched by id, names differ).
    pub fn renamed(&self) -> bool {
        !self.by_name
            && self.before.is_some()
            && self.after.is_some()
            && self.before_label != self.after_label
    }
}

/// Every asset of `a`, with the unit first.
fn assets(a: &Assessment) -> Vec<AssetRef<'_>> {
    let inv = &a.inventory;
    let mut out = vec![AssetRef::Unit(&a.profile)];
    out.extend(inv.apps.iter().map(AssetRef::App));
    out.extend(inv.accounts.iter().map(AssetRef::Account));
    out.extend(inv.groups.iter().map(AssetRef::Group));
    out
}

/// Name for matching: the label with whitespace removed.
fn key(asset: AssetRef<'_>) -> String {
    asset.label().split_whitespace().collect()
}

/// Every asset of `before` and `after` paired: by id within the same kind, then by name for
/// those still unpaired, then the rest alone. In `after`'s order, removed ones last.
pub fn match_assets(before: &Assessment, after: &Assessment) -> Vec<AssetMatch> {
    let old = assets(before);
    let mut taken = vec![false; old.len()];
    let mut out = Vec::new();
    let mut unpaired = Vec::new();
    for new in assets(after) {
        let same_id = old
            .iter()
            .enumerate()
            .position(|(i, o)| !taken[i] && o.scope() == new.scope() && o.id() == new.id());
        match same_id {
            Some(i) => {
                taken[i] = true;
                out.push(pair(Some(old[i]), Some(new), false));
            }
            None => unpaired.push(new),
        }
    }
    for new in unpaired {
        let same_name = old
            .iter()
            .enumerate()
            .position(|(i, o)| !taken[i] && o.scope() == new.scope() && key(*o) == key(new));
        match same_name {
            Some(i) => {
                taken[i] = true;
                out.push(pair(Some(old[i]), Some(new), true));
            }
            None => out.push(pair(None, Some(new), false)),
        }
    }
    for (i, o) in old.into_iter().enumerate() {
        if !taken[i] {
            out.push(pair(Some(o), None, false));
        }
    }
    out
}

fn pair(before: Option<AssetRef<'_>>, after: Option<AssetRef<'_>>, by_name: bool) -> AssetMatch {
    let scope = after.or(before).map_or(Scope::Unit, AssetRef::scope);
    AssetMatch {
        scope,
        before: before.map(|a| a.id().to_string()),
        after: after.map(|a| a.id().to_string()),
        before_label: before.map(AssetRef::label).unwrap_or_default(),
        after_label: after.map(AssetRef::label).unwrap_or_default(),
        // The unit is always the same asset.
        by_name: by_name && after.is_some_and(|a| a.id() != UNIT_ASSET),
    }
}
