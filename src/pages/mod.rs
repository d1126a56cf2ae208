//! One component per page.

mod not_found;
mod start;

pub use not_found::NotFoundPage;
pub use start::StartPage;
