//! The heap high-water mark of each step of importing a large file (issue #20: wasm memory only
//! grows, so the import's peak is the app's). `import_peak FILE.json`
#![allow(clippy::unwrap_used, clippy::expect_used)] // a profiling tool, not the app
#![allow(unsafe_code)] // a counting global allocator is unsafe by nature; it only forwards to System

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(l.size(), Relaxed) + l.size();
        PEAK.fetch_max(live, Relaxed);
        System.alloc(l)
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size(), Relaxed);
        System.dealloc(p, l)
    }
}

#[global_allocator]
static A: Counting = Counting;

fn mib(b: usize) -> f64 {
    b as f64 / 1048576.0
}

fn step<R>(name: &str, f: impl FnOnce() -> R) -> R {
    let before = LIVE.load(Relaxed);
    PEAK.store(before, Relaxed);
    let r = f();
    println!(
        "{name:<28} live {:>6.1} MiB → {:>6.1} MiB, peak {:>6.1} MiB",
        mib(before),
        mib(LIVE.load(Relaxed)),
        mib(PEAK.load(Relaxed))
    );
    r
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: import_peak FILE.json");
    let pack = fingertip_core::pack::embedded().expect("pack");
    let bytes = step("read file", || std::fs::read(path).expect("read"));
    step("serde_json Value alone", || {
        drop(serde_json::from_slice::<serde_json::Value>(&bytes).expect("json"))
    });
    step("typed SavedFile alone", || {
        drop(
            fingertip_core::save::parse(std::str::from_utf8(&bytes).expect("utf8")).expect("parse"),
        )
    });
    let opened = step("open (decode, parse, preview)", || {
        fingertip_core::import::open(&bytes, pack, &[]).expect("open")
    });
    step("drop bytes", || drop(bytes));
    let fingertip_core::import::Opened::Saved(preview) = opened else {
        panic!("not a saved file")
    };
    let a = step("assessment from preview", || {
        preview.file.clone().into_assessment()
    });
    step("content fingerprint", || {
        fingertip_core::fingerprint::content_fingerprint("p", "v", &a)
    });
    let e = step("evaluate", || fingertip_core::engine::evaluate(pack, &a));
    let mut text = fingertip_core::save::StoredText::new();
    let parts = step("stored text parts", || text.parts(pack, &a));
    println!("parts {}", parts.len());
    drop((e, preview));
}
