//! Training mode (培训学习): the hub, the article browser, case practice, presenter mode and the
//! printable handout. The content and its grading are `fingertip_core::training`'s.

mod articles;
mod cases;
mod handout;
mod hub;
mod machine;
mod present;
mod select;

pub use articles::TrainingArticlesPage;
pub use cases::TrainingCasesPage;
pub use handout::TrainingHandoutPage;
pub use hub::TrainingHubPage;
pub use present::TrainingPresentPage;
pub use select::TrainingSelectPage;

use std::rc::Rc;

use fingertip_core::training::{embedded_training, Case, CaseSelection};

use crate::platform::practice_store;

/// Every training case (empty when the content is missing).
pub(crate) fn all_cases() -> &'static [Case] {
    embedded_training().map_or(&[][..], |t| t.cases.as_slice())
}

/// The trainer's stored pick and the cases it selects, in content order.
pub(crate) fn picked_cases() -> (CaseSelection, Rc<[&'static Case]>) {
    let selection = practice_store::load_selection(all_cases());
    let cases = selection.pick(all_cases()).into();
    (selection, cases)
}
