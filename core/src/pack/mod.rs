//! The criteria pack: its model, the embedded pack, and the consistency check that guards it.

mod changelog;
mod check;
mod check_parts;
mod model;
mod rules;
mod yes_no;

pub use changelog::{Change, ChangeKind, Release};
pub use check::{check_pack, PackProblem};
pub use model::*;
pub use rules::*;
pub use yes_no::{yes_no, yes_no_label, NO, PARTIAL, YES, YES_NO_PARTIAL};

use std::sync::LazyLock;

/// The embedded pack as JSON, converted from `content/` at build time.
pub const EMBEDDED_PACK_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/pack.json"));

/// Content hash of the embedded pack (first 16 hex digits of SHA-256 of its canonical JSON).
pub const EMBEDDED_PACK_HASH: &str = env!("FINGERTIP_PACK_HASH");

/// Title of the embedded pack, known at compile time (the first screen shows it without parsing the pack).
pub const EMBEDDED_PACK_TITLE: &str = env!("FINGERTIP_PACK_TITLE");

/// Version of the embedded pack, known at compile time.
pub const EMBEDDED_PACK_VERSION: &str = env!("FINGERTIP_PACK_VERSION");

/// Number of items in the embedded pack, known at compile time (decimal).
pub const EMBEDDED_PACK_ITEMS: &str = env!("FINGERTIP_PACK_ITEMS");

/// The start page's line about the questionnaire: "问卷:<title> <version> 版,共 <n> 题".
pub fn pack_line(title: &str, version: &str, items: impl std::fmt::Display) -> String {
    format!("问卷:{title} {version} 版,共 {items} 题")
}

/// [`pack_line`] of the embedded pack from the compile-time constants.
pub fn embedded_pack_line() -> String {
    pack_line(
        EMBEDDED_PACK_TITLE,
        EMBEDDED_PACK_VERSION,
        EMBEDDED_PACK_ITEMS,
    )
}

/// Parses a pack from JSON.
pub fn parse_pack(json: &str) -> Result<Pack, serde_json::Error> {
    serde_json::from_str(json)
}

static EMBEDDED: LazyLock<Option<Pack>> = LazyLock::new(|| parse_pack(EMBEDDED_PACK_JSON).ok());

/// The embedded pack, parsed once. `None` only if the build embedded a broken pack,
/// which the native test `embedded_pack_parses` rules out for every green build.
pub fn embedded() -> Option<&'static Pack> {
    EMBEDDED.as_ref()
}

impl Pack {
    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    /// The article with this id.
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// The part with this id.
    pub fn part(&self, id: &str) -> Option<&Part> {
        self.parts.iter().find(|p| p.id == id)
    }

    /// The document with this id.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// The parameter with this id.
    pub fn parameter(&self, id: &str) -> Option<&Parameter> {
        self.parameters.iter().find(|p| p.id == id)
    }

    /// The release that retired item `id`, if a release did.
    pub fn retired_item(&self, id: &str) -> Option<&Release> {
        self.changelog.iter().find(|r| {
            r.changes
                .iter()
                .any(|c| c.kind == ChangeKind::Removed && c.item.as_deref() == Some(id))
        })
    }

    /// The release that retired parameter `id`, if a release did.
    pub fn retired_parameter(&self, id: &str) -> Option<&Release> {
        self.changelog
            .iter()
            .find(|r| r.retired_parameters.iter().any(|p| p == id))
    }

    /// Items of one article, in pack order.
    pub fn items_of_article<'a>(&'a self, article: &'a str) -> impl Iterator<Item = &'a Item> + 'a {
        self.items.iter().filter(move |i| i.article == article)
    }
}
