//! Hash routes: a link or a reload lands on the same place, and static hosting needs no rewrites.

use yew_router::prelude::*;

/// Every page of the app.
#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    /// The start page.
    #[at("/")]
    Start,
    /// Anything unknown.
    #[not_found]
    #[at("/404")]
    NotFound,
}
