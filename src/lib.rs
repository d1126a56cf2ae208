//! 指尖自查 web app: Yew components over the pure `fingertip-core` domain.

pub mod app;
pub mod pages;
pub mod route;

/// Mounts the app on `<body>`.
pub fn run() {
    yew::Renderer::<app::App>::new().render();
}
