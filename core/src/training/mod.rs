//! Training mode: a plain-language guide per article of the pack and short practice cases, with the
//! pure logic training pages share — grading an answer to a case, scoring a round, stepping through
//! a deck of cases (practice and presenter mode) — and the consistency check that ties the content
//! to the criteria pack.
//!
//! The content lives in `content/training/` as TOML and is converted to JSON at build time, like
//! the pack, so the wasm binary carries no TOML parser.

mod check;
mod grade;
mod model;
mod order;
mod practice;
mod presenter;
mod round;
mod selection;

pub use check::{check_training, MIN_CASES, OTHER_CATEGORIES, REQUIRED_CATEGORIES};
pub use grade::{grade, score, CaseAnswer, CaseResult, Deck, Score, POINTS_PER_CASE};
pub use model::*;
pub use order::{key_pages, KEY_ROWS_PER_PAGE};
pub use practice::{FocusTarget, Practice, PracticeAction};
pub use presenter::{Command, Presenter};
pub use round::RoundRecord;
pub use selection::CaseSelection;

use std::sync::LazyLock;

/// A page's state as a pure state machine: the view dispatches actions, core decides.
pub trait StateMachine: Sized {
    /// What the user did.
    type Action;

    /// The state after `action`, or `None` when nothing changed (the view then skips a render).
    fn step(&self, action: Self::Action) -> Option<Self>;

    /// The state after `action`, changed or not.
    fn then(self, action: Self::Action) -> Self {
        self.step(action).unwrap_or(self)
    }
}

/// The embedded training content as JSON, converted from `content/training/` at build time.
pub const EMBEDDED_TRAINING_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/training.json"));

/// Parses training content from JSON.
pub fn parse_training(json: &str) -> Result<Training, serde_json::Error> {
    serde_json::from_str(json)
}

static EMBEDDED: LazyLock<Option<Training>> =
    LazyLock::new(|| parse_training(EMBEDDED_TRAINING_JSON).ok());

/// The embedded training content, parsed once. `None` only if the build embedded broken content,
/// which the native test `embedded_training_parses` rules out for every green build.
pub fn embedded_training() -> Option<&'static Training> {
    EMBEDDED.as_ref()
}

impl Training {
    /// The guide of this pack article.
    pub fn guide(&self, article: &str) -> Option<&ArticleGuide> {
        self.guides.iter().find(|g| g.article == article)
    }

    /// The case with this id.
    pub fn case(&self, id: &str) -> Option<&Case> {
        self.cases.iter().find(|c| c.id == id)
    }

    /// The position of the case with this id (for a [`Deck`] over `cases`).
    pub fn case_index(&self, id: &str) -> Option<usize> {
        self.cases.iter().position(|c| c.id == id)
    }

    /// Cases whose answer is this article, in file order.
    pub fn cases_of_article<'a>(&'a self, article: &'a str) -> impl Iterator<Item = &'a Case> + 'a {
        self.cases.iter().filter(move |c| c.article == article)
    }

    /// Cases of one category, in file order.
    pub fn cases_of_category<'a>(
        &'a self,
        category: &'a str,
    ) -> impl Iterator<Item = &'a Case> + 'a {
        self.cases.iter().filter(move |c| c.category == category)
    }

    /// The categories used by the cases, each once, in order of first use.
    pub fn categories(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for c in &self.cases {
            if !out.contains(&c.category.as_str()) {
                out.push(&c.category);
            }
        }
        out
    }
}
