//! Entry point of the full module: the same app with every page (汇总, 培训, 对比 and 核验 too) and
//! the core built for speed (Cargo.toml, profile `release-full`); index.html loads it only for those.

fn main() {
    fingertip_web::run();
}
