//! The overlay pack's data model: local criteria that add to the national pack and never rewrite it.

use serde::{Deserialize, Serialize};

use crate::pack::{Article, BasisRef, ChoiceOption, Document, Item, Parameter, Part, Release};

/// Who issued an overlay, and so the tag its items carry: 地方规定 or 本单位规定.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OverlayLevel {
    /// A province, city or department above the unit: 地方规定.
    Local,
    /// The unit itself: 本单位规定.
    Unit,
}

impl OverlayLevel {
    /// The tag users see.
    pub fn label(self) -> &'static str {
        match self {
            OverlayLevel::Local => "地方规定",
            OverlayLevel::Unit => "本单位规定",
        }
    }
}

/// A new default for a pack parameter, with the local basis for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParamOverride {
    /// The parameter's id (national or added by this overlay).
    pub parameter: String,
    /// The new default.
    pub value: f64,
    /// Why, in Chinese; shown beside the parameter.
    pub note: String,
    /// The local rule that sets it.
    #[serde(default)]
    pub basis: Vec<BasisRef>,
}

/// Options added to a national choice question (never removing or renaming existing ones).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtraOptions {
    /// The item whose option list grows.
    pub item: String,
    /// The new options.
    pub add: Vec<ChoiceOption>,
}

/// An overlay pack as authors write it (TOML) and the browser reads it (JSON).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overlay {
    /// Stable id, e.g. `sichuan-four-rules`: lowercase letters, digits and `-`.
    pub id: String,
    /// Semantic version `x.y.z`.
    pub version: String,
    /// Title shown to users.
    pub title: String,
    /// Who issued it, e.g. an office of a province.
    pub issuer: String,
    /// Date it takes effect, `YYYY-MM-DD`.
    pub effective: String,
    /// 地方规定 or 本单位规定.
    pub level: OverlayLevel,
    /// Id of the national pack it adds to.
    pub base_pack: String,
    /// What it adds and how sure its sources are.
    #[serde(default)]
    pub summary: String,
    /// Content hash (16 hex digits); written by `fingertip pack check --json`, checked when present.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hash: String,
    /// Documents its items cite.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<Document>,
    /// Parts of its own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
    /// Articles of its own (in its own parts or national ones).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub articles: Vec<Article>,
    /// Parameters of its own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parameters: Vec<Parameter>,
    /// New defaults for parameters, each with its basis.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overrides: Vec<ParamOverride>,
    /// Options added to national choice questions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ExtraOptions>,
    /// Its questions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
    /// Its releases, newest first; the first must be `version`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changelog: Vec<Release>,
}

/// What a draft records of an overlay, and what a merged pack lists: enough to name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverlayStamp {
    /// Overlay id.
    pub id: String,
    /// Its version.
    pub version: String,
    /// Its content hash.
    pub hash: String,
    /// Its title.
    pub title: String,
    /// Its issuer.
    pub issuer: String,
    /// 地方规定 or 本单位规定.
    pub level: OverlayLevel,
}

impl Overlay {
    /// The stamp naming this overlay.
    pub fn stamp(&self) -> OverlayStamp {
        OverlayStamp {
            id: self.id.clone(),
            version: self.version.clone(),
            hash: self.hash.clone(),
            title: self.title.clone(),
            issuer: self.issuer.clone(),
            level: self.level,
        }
    }
}

impl OverlayStamp {
    /// "地方规定 · 《title》 version 版", the source label shown beside overlay items.
    pub fn label(&self) -> String {
        format!(
            "{} · {} {} 版",
            self.level.label(),
            self.title,
            self.version
        )
    }
}
