//! The pack's changelog: each released version and what changed in it, shown to users who
//! re-open a file answered with an older version (`content/fingertip-2023/changelog.toml`).

use serde::{Deserialize, Serialize};

/// One released pack version and what changed in it, for users re-opening older files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Release {
    /// Version, e.g. `1.1.0`.
    pub version: String,
    /// Release date `YYYY-MM-DD`.
    pub date: String,
    /// One sentence on the release.
    pub summary: String,
    /// The changes, in pack order.
    #[serde(default)]
    pub changes: Vec<Change>,
    /// Parameter ids this release retired; overrides of them in older files are kept in the
    /// file, no longer used, and explained rather than reported as unknown.
    #[serde(default)]
    pub retired_parameters: Vec<String>,
}

/// What kind of change a [`Change`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// A new item.
    Added,
    /// An item's question or options reworded.
    Reworded,
    /// An item's basis or confidence changed.
    Rebased,
    /// An item's rules, scope or threshold changed.
    Rules,
    /// An item retired (answers to it are kept aside).
    Removed,
    /// Something else: parameters, unit types, inventory fields.
    Other,
}

impl ChangeKind {
    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Added => "新增",
            Self::Reworded => "修改措辞",
            Self::Rebased => "调整依据",
            Self::Rules => "调整判定",
            Self::Removed => "删除",
            Self::Other => "其他",
        }
    }
}

/// One change of a release.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// The item concerned, if any.
    #[serde(default)]
    pub item: Option<String>,
    /// What kind of change.
    pub kind: ChangeKind,
    /// What changed and why, in Chinese.
    pub text: String,
}
