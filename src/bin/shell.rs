//! Entry point of the first-screen shell (a separate, small wasm; see `fingertip_web::shell`).

fn main() {
    fingertip_web::shell::run();
}
