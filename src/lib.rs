//! 指尖自查 web app: Yew components over the pure `fingertip-core` domain.

pub mod app;
pub mod components;
pub mod handover;
pub mod hooks;
pub mod pages;
pub mod platform;
pub mod route;
pub mod shell;
pub mod state;

/// Mounts the full app on `<body>`, taking over from the first-screen shell if it is showing.
pub fn run() {
    platform::rescue::install();
    let takeover = handover::begin();
    yew::Renderer::<app::App>::new().render();
    handover::finish(takeover);
}
