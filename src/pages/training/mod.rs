//! Training mode (培训学习): the hub, the article browser, case practice, presenter mode and the
//! printable handout. The content and its grading are `fingertip_core::training`'s.

mod articles;
mod cases;
mod handout;
mod hub;
mod practice_state;
mod present;
mod presenter_state;

pub use articles::TrainingArticlesPage;
pub use cases::TrainingCasesPage;
pub use handout::TrainingHandoutPage;
pub use hub::TrainingHubPage;
pub use present::TrainingPresentPage;
