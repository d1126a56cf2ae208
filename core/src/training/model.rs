//! Training content: a plain-language guide per article and practice cases, as read from
//! `content/training/` (TOML converted to JSON at build time, like the criteria pack).

use serde::{Deserialize, Serialize};

use crate::pack::BasisRef;

/// Everything training mode shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Training {
    /// One guide per article of the pack (the Opinion's 16 and the filing part).
    pub guides: Vec<ArticleGuide>,
    /// Practice cases.
    pub cases: Vec<Case>,
}

/// What one article means in practice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleGuide {
    /// The pack article id (`G1`, `1`..`14`, `F`).
    pub article: String,
    /// Plain-language explanation.
    pub explanation: String,
    /// Typical problems seen (from the provincial complaint categories and the digest).
    pub typical_problems: Vec<String>,
    /// What compliance looks like.
    pub compliance: Vec<String>,
    /// Related rules of later documents, each with its basis and confidence.
    #[serde(default)]
    pub related: Vec<RelatedRule>,
}

/// A rule of a later document that builds on the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RelatedRule {
    /// What it says, in Chinese.
    pub text: String,
    /// Where it comes from and how sure that is.
    pub basis: BasisRef,
}

/// A short practice scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Case {
    /// Stable id, e.g. `T01`.
    pub id: String,
    /// Short title.
    pub title: String,
    /// The situation, 2–5 sentences.
    pub scenario: String,
    /// The digest's problem category it illustrates, e.g. 强制下载, 过度留痕.
    pub category: String,
    /// The article that applies (pack article id).
    pub article: String,
    /// The article choices offered (3–4 pack article ids, including `article`).
    pub choices: Vec<String>,
    /// Whether the situation is a red line.
    pub red_line: bool,
    /// Why: the feedback shown after answering.
    pub explanation: String,
    /// Pack items that check this situation.
    pub items: Vec<String>,
    /// Citations with confidence.
    pub basis: Vec<BasisRef>,
}
