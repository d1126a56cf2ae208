//! Training mode's pieces: the article guide, the case form and feedback, the presenter slide,
//! the handout sections and the practice drafts. Pages in `pages/training` put them together.

mod article_detail;
mod article_index;
mod case_feedback;
mod case_form;
mod case_scenario;
mod handout_articles;
mod handout_cases;
mod handout_key;
mod item_list;
mod practice_drafts;
mod presenter_slide;
mod score_card;
mod training_header;
mod training_missing;

pub use article_detail::ArticleDetail;
pub use article_index::ArticleIndex;
pub use case_feedback::CaseFeedback;
pub use case_form::CaseForm;
pub use case_scenario::CaseScenario;
pub use handout_articles::HandoutArticles;
pub use handout_cases::HandoutCases;
pub use handout_key::HandoutKey;
pub use item_list::ItemList;
pub use practice_drafts::PracticeDrafts;
pub use presenter_slide::PresenterSlide;
pub use score_card::ScoreCard;
pub use training_header::TrainingHeader;
pub use training_missing::TrainingMissing;

use fingertip_core::pack::Pack;
use fingertip_core::report::article_label;

pub use crate::components::{BasisTags, Static};

/// An article as learners see it, e.g. `第4条 限制强制功能`; the bare id when the pack lacks it.
pub fn article_name(pack: &Pack, id: &str) -> String {
    pack.article(id)
        .map_or_else(|| id.to_string(), |a| article_label(&a.id, &a.title))
}

pub use crate::components::confidence_class;

/// The letter of the `n`-th choice (0-based): A, B, C …
pub fn choice_letter(n: usize) -> char {
    char::from_u32('A' as u32 + n as u32).unwrap_or('?')
}
