//! The criteria pack's data model: documents, parts, articles, parameters and items, as read from `content/`.

use serde::{Deserialize, Serialize};

use crate::model::{AppAudience, AppRole, AppStatus, GroupKind, UnitLevel, UnitType};

use super::changelog::Release;
use super::rules::{AnswerKind, Exception, Prefill, Rule};

/// A versioned questionnaire: everything the engine judges against.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pack {
    /// Stable pack id, e.g. `fingertip-2023`; saved files name it.
    pub id: String,
    /// Semantic version of the pack content.
    pub version: String,
    /// Title shown to users.
    pub title: String,
    /// One-paragraph statement of what the pack covers and how sure its sources are.
    pub summary: String,
    /// Documents that items cite.
    pub documents: Vec<Document>,
    /// The Opinion's five parts plus the filing part from the 2026 Measures.
    pub parts: Vec<Part>,
    /// Articles (the Opinion's 16, plus grouping articles of later documents).
    pub articles: Vec<Article>,
    /// The 2026 Measures' five prohibited situations.
    pub prohibitions: Vec<Prohibition>,
    /// Thresholds without a national number, with defaults.
    #[serde(default)]
    pub parameters: Vec<Parameter>,
    /// The questions.
    pub items: Vec<Item>,
    /// What changed in each released version, newest first (`changelog.toml`).
    #[serde(default)]
    pub changelog: Vec<Release>,
    /// Overlay packs (local criteria) merged into this pack; empty for the national pack.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overlays: Vec<crate::overlay::OverlayStamp>,
}

/// A source document, e.g. the Opinion or the Measures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Short id items refer to, e.g. `opinion`, `measures`.
    pub id: String,
    /// Short Chinese name, e.g. 《意见》.
    pub short: String,
    /// Full title.
    pub title: String,
    /// Issuer and date as known.
    pub issued: String,
    /// The kinds of object the document covers; a citation of it for another kind is a pack
    /// error (e.g. the Measures do not cover public accounts or work groups).
    #[serde(default)]
    pub covers: Vec<Scope>,
}

/// A part (部分) of the questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Part {
    /// `A`..`F`.
    pub id: String,
    /// e.g. 强化建设管理.
    pub title: String,
}

/// An article (条) the items are grouped under.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id: `G1`, `G2` for the two unnumbered general articles, `1`..`14`, `F` for filing.
    pub id: String,
    /// The part it belongs to.
    pub part: String,
    /// Title, e.g. 限制强制功能.
    pub title: String,
    /// Which document the article is from.
    pub document: String,
    /// Plain-language summary of what the article requires.
    pub summary: String,
    /// True for the 16 articles of the 2023 Opinion itself.
    #[serde(default)]
    pub in_opinion: bool,
}

/// One of the 2026 Measures' prohibited situations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Prohibition {
    /// `P1`..`P5`.
    pub id: String,
    /// The prohibited situation in Chinese.
    pub text: String,
}

/// A tunable threshold, shown as such in the UI and report, with where its default comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Parameter {
    /// Id rules refer to.
    pub id: String,
    /// Label shown to users.
    pub label: String,
    /// Default value.
    pub default: f64,
    /// Unit, e.g. 天 or %.
    pub unit: String,
    /// Why this default; says 无全国统一数值 when there is no national figure.
    pub note: String,
    /// Whether the default is a national figure (then `basis` cites it).
    #[serde(default)]
    pub national: bool,
    /// Where the default comes from; required when `national`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub basis: Vec<BasisRef>,
    /// Id of the overlay that added this parameter or set its default; `None` for national ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// How sure the basis of a requirement is; shown to users next to every citation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// 原文: the text of the document is available.
    Original,
    /// 新闻概括: summarised by news reports or official Q&A.
    News,
    /// 地方口径: local authorities' reading of the document.
    Local,
    /// 良好实践: good practice or inference, not a legal obligation.
    Practice,
    /// 地方规定: a provincial or local rule, added by an overlay pack; binding where it applies.
    LocalRule,
    /// 本单位规定: the unit's own rule, added by an overlay pack.
    UnitRule,
}

impl Confidence {
    /// The tag users see.
    pub fn label(self) -> &'static str {
        match self {
            Confidence::Original => "原文",
            Confidence::News => "新闻概括",
            Confidence::Local => "地方口径",
            Confidence::Practice => "良好实践",
            Confidence::LocalRule => "地方规定",
            Confidence::UnitRule => "本单位规定",
        }
    }

    /// Whether this tag marks a local addition (only overlay packs may use it).
    pub fn is_local_rule(self) -> bool {
        matches!(self, Confidence::LocalRule | Confidence::UnitRule)
    }
}

/// A citation: which document, which article, how sure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BasisRef {
    /// Document id.
    pub document: String,
    /// Article or clause as cited, e.g. 第4条 or 五类禁止情形(二).
    pub clause: String,
    /// How sure the citation is.
    pub confidence: Confidence,
    /// The kinds of object this citation supports; a finding about an asset of another kind
    /// does not show it. Every item citation names them (the pack check enforces it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<Scope>,
}

impl BasisRef {
    /// Whether this citation supports rows about `scope`.
    pub fn covers(&self, scope: Scope) -> bool {
        self.kinds.contains(&scope)
    }
}

/// What kind of asset an item is asked of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The unit as a whole: asked once.
    Unit,
    /// Each app (APP / mini program / quick app).
    App,
    /// Each public account.
    Account,
    /// Each work group.
    Group,
}

/// Narrows which assets (or units) an item applies to. Empty lists mean "any".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Filter {
    /// Apps with one of these audiences.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub app_audience: Vec<AppAudience>,
    /// Apps with one of these statuses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub app_status: Vec<AppStatus>,
    /// Groups of one of these kinds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub group_kind: Vec<GroupKind>,
    /// Units at one of these levels.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unit_level: Vec<UnitLevel>,
    /// Only units that supervise subordinate units.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub supervising_unit: bool,
    /// Apps the unit hosts or only uses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub app_role: Vec<AppRole>,
    /// Units of one of these types.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unit_type: Vec<UnitType>,
    /// Rows about one of these kinds of object (for rules of multi-scope items).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scope: Vec<Scope>,
}

/// One self-check question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// Stable id, e.g. `B4.1`; never reused for another meaning.
    pub id: String,
    /// Part id.
    pub part: String,
    /// Article id.
    pub article: String,
    /// Which assets it is asked of; several scopes give one row per asset of each.
    pub scope: Vec<Scope>,
    /// Narrows applicability.
    #[serde(default)]
    pub filter: Filter,
    /// The question.
    pub question: String,
    /// Why it matters, in plain language.
    pub help: String,
    /// The answer control.
    pub answer: AnswerKind,
    /// How answers become findings; no rule firing means compliant.
    pub rules: Vec<Rule>,
    /// A claimable exception that lowers red lines to advisories.
    #[serde(default)]
    pub exception: Option<Exception>,
    /// Prefill source for an unanswered item.
    #[serde(default)]
    pub prefill: Option<Prefill>,
    /// What to do about a problem; prefills the rectification measure.
    pub remedy: String,
    /// What a unit should be able to show.
    pub evidence: Vec<String>,
    /// Citations with confidence.
    pub basis: Vec<BasisRef>,
    /// Prohibited situations of the 2026 Measures this item checks.
    #[serde(default)]
    pub prohibitions: Vec<String>,
    /// Whether a red line here blocks filing of the app it concerns (or of all apps, for unit items).
    #[serde(default)]
    pub blocks_filing: bool,
    /// Id of the overlay pack that added this item; `None` for national items. Set when an
    /// overlay is merged, never written by authors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}
