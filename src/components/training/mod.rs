//! Training mode's pieces: the article guide, the case form and feedback, the presenter slide,
//! the handout sections and the practice drafts. Pages in `pages/training` put them together.

mod article_detail;
mod article_index;
mod basis_tags;
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
pub use basis_tags::BasisTags;
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

/// A `&'static` value (the embedded pack or training content) as a cheap prop: equal when it is
/// the same value in memory, so passing a case or guide never deep-compares it.
#[derive(Debug)]
pub struct Static<T: ?Sized + 'static>(pub &'static T);

impl<T: ?Sized> Clone for Static<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: ?Sized> Copy for Static<T> {}

impl<T: ?Sized> PartialEq for Static<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl<T: ?Sized> std::ops::Deref for Static<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.0
    }
}

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
