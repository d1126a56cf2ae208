//! Pure edits of an assessment's inventory: stable ids for new assets, pasted name lists, and removal
//! that takes the removed asset's answers with it.

use crate::model::{Account, App, Assessment, AssetId, Group};

/// Which list of the inventory an asset lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AssetKind {
    /// Apps (`app-N`).
    App,
    /// Public accounts (`acct-N`).
    Account,
    /// Work groups (`grp-N`).
    Group,
}

impl AssetKind {
    /// Every kind, in inventory order.
    pub const ALL: [AssetKind; 3] = [Self::App, Self::Account, Self::Group];

    /// Id prefix.
    pub fn prefix(self) -> &'static str {
        match self {
            Self::App => "app",
            Self::Account => "acct",
            Self::Group => "grp",
        }
    }

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::App => "政务应用程序",
            Self::Account => "政务公众账号",
            Self::Group => "工作群组",
        }
    }

    /// The kind an asset id belongs to.
    pub fn of_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| {
            id.strip_prefix(k.prefix())
                .is_some_and(|rest| rest.starts_with('-'))
        })
    }
}

/// Longest name kept from a pasted line, in characters.
pub const MAX_NAME_CHARS: usize = 100;

/// Splits pasted text into names: one per line (also split on 、,;,; and tabs), trimmed,
/// blanks dropped, duplicates dropped keeping the first, each cut to [`MAX_NAME_CHARS`].
pub fn parse_names(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for raw in text.split(['\n', '\r', '、', ',', ',', ';', ';', '\t']) {
        let name: String = raw.trim().chars().take(MAX_NAME_CHARS).collect();
        if !name.is_empty() && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

fn ids(a: &Assessment, kind: AssetKind) -> Vec<&str> {
    match kind {
        AssetKind::App => a.inventory.apps.iter().map(|x| x.id.as_str()).collect(),
        AssetKind::Account => a.inventory.accounts.iter().map(|x| x.id.as_str()).collect(),
        AssetKind::Group => a.inventory.groups.iter().map(|x| x.id.as_str()).collect(),
    }
}

/// A fresh id for a new asset of `kind`: one past the highest number in use, never reused within a draft.
pub fn next_id(a: &Assessment, kind: AssetKind) -> AssetId {
    let highest = ids(a, kind)
        .iter()
        .filter_map(|id| id.rsplit('-').next()?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    AssetId::from(format!("{}-{}", kind.prefix(), highest + 1))
}

/// Adds one asset of `kind` per name, with default attributes; returns the new ids.
pub fn add_named(a: &mut Assessment, kind: AssetKind, names: &[String]) -> Vec<AssetId> {
    let mut added = Vec::with_capacity(names.len());
    for name in names {
        let id = next_id(a, kind);
        let name = name.clone();
        match kind {
            AssetKind::App => a.inventory.apps.push(App {
                id: id.clone(),
                name,
                ..App::default()
            }),
            AssetKind::Account => a.inventory.accounts.push(Account {
                id: id.clone(),
                name,
                ..Account::default()
            }),
            AssetKind::Group => a.inventory.groups.push(Group {
                id: id.clone(),
                name,
                ..Group::default()
            }),
        }
        added.push(id);
    }
    added
}

/// Removes the asset with `id` and every answer about it; returns whether anything was removed.
pub fn remove_asset(a: &mut Assessment, id: &str) -> bool {
    let inv = &mut a.inventory;
    let before = inv.apps.len() + inv.accounts.len() + inv.groups.len();
    inv.apps.retain(|x| x.id != id);
    inv.accounts.retain(|x| x.id != id);
    inv.groups.retain(|x| x.id != id);
    let removed = before != inv.apps.len() + inv.accounts.len() + inv.groups.len();
    if removed {
        a.answers.retain(|_, asset, _| asset != id);
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Answer;

    #[test]
    fn pasted_names_are_split_trimmed_and_deduplicated() {
        let names = parse_names("  防汛工作群\n\n党建学习群、防汛工作群;  值班群\t通知群\r\n");
        assert_eq!(names, ["防汛工作群", "党建学习群", "值班群", "通知群"]);
        assert!(parse_names(" \n\n").is_empty());
        assert_eq!(
            parse_names(&"长".repeat(300))[0].chars().count(),
            MAX_NAME_CHARS
        );
    }

    #[test]
    fn ids_are_never_reused_after_removal() {
        let mut a = Assessment::default();
        let ids = add_named(&mut a, AssetKind::Group, &["甲".into(), "乙".into()]);
        assert_eq!(ids, ["grp-1", "grp-2"]);
        assert!(remove_asset(&mut a, "grp-1"));
        assert_eq!(next_id(&a, AssetKind::Group), "grp-3");
        assert_eq!(next_id(&a, AssetKind::App), "app-1");
        assert_eq!(AssetKind::of_id("acct-12"), Some(AssetKind::Account));
        assert_eq!(AssetKind::of_id("unit"), None);
    }

    #[test]
    fn removing_an_asset_removes_its_answers_only() {
        let mut a = Assessment::default();
        add_named(&mut a, AssetKind::App, &["A".into(), "B".into()]);
        a.answers
            .insert(("B4.1".into(), "app-1".into()), Answer::choice("no"));
        a.answers
            .insert(("B4.1".into(), "app-2".into()), Answer::choice("no"));
        assert!(remove_asset(&mut a, "app-1"));
        assert!(!remove_asset(&mut a, "app-1"));
        assert_eq!(a.answers.len(), 1);
        assert!(a.answer("B4.1", "app-2").is_some());
    }
}
