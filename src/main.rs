//! Entry point of the browser app; everything lives in the library so tests can mount it.

fn main() {
    fingertip_web::run();
}
