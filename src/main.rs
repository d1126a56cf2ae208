//! Entry point of the unit module (the app without 汇总, 培训, 对比 and 核验; see index.html); everything
//! lives in the library so tests can mount it.

fn main() {
    fingertip_web::run();
}
