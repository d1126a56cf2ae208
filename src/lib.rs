//! 指尖自查 web app: Yew components over the pure `fingertip-core` domain.

pub mod app;
pub mod components;
pub mod hooks;
pub mod pages;
pub mod platform;
pub mod route;
pub mod state;

/// Mounts the app on `<body>`.
pub fn run() {
    platform::rescue::install();
    yew::Renderer::<app::App>::new().render();
}
