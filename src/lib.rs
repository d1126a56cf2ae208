//! 指尖自查 web app: Yew components over the pure `fingertip-core` domain.

pub mod app;
pub mod components;
pub mod error;
pub mod handover;
pub mod hooks;
pub mod pages;
pub mod platform;
pub mod route;
pub mod shell;
pub mod state;

/// Mounts the full app on `<body>`, taking over from the first-screen shell if it is showing.
pub fn run() {
    start(yew::Renderer::<app::App>::new());
}

/// [`run`], with the full app mounted in `root` instead of `<body>` (for tests: mounting on the
/// body clears it).
pub fn run_in(root: web_sys::Element) {
    start(yew::Renderer::<app::App>::with_root(root));
}

fn start(renderer: yew::Renderer<app::App>) {
    platform::rescue::install();
    // The unit module on one of the full module's pages is about to reload for it (pages::FullModulePage).
    let waiting_for_full = cfg!(not(feature = "full"))
        && route::in_full_module(platform::browser::location_hash().trim_start_matches('#'));
    if !waiting_for_full {
        platform::module::started();
    }
    platform::module::reload_when_restored();
    // The app calls `handover::finish` itself once its page is drawn (see `app::AppProvider`).
    handover::begin();
    renderer.render();
}
