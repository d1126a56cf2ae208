//! Times the core's share of one answer on a large unit (issue #20): clone, evaluate, save text.
//! `scale_profile FILE.json`
#![allow(clippy::unwrap_used, clippy::expect_used)] // a profiling tool, not the app

use std::time::Instant;

use fingertip_core::engine::evaluate;
use fingertip_core::pack::embedded;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: scale_profile FILE.json");
    let pack = embedded().expect("pack");
    let text = std::fs::read_to_string(path).expect("read");
    let a = fingertip_core::save::parse(&text)
        .unwrap()
        .into_assessment();
    let t = Instant::now();
    let e = evaluate(pack, &a);
    println!("rows {} answers {}", e.findings.len(), a.answers.len());
    let time = |name: &str, f: &mut dyn FnMut()| {
        let t = Instant::now();
        for _ in 0..10 {
            f();
        }
        println!("{name}: {:.2} ms", t.elapsed().as_secs_f64() * 100.0);
    };
    println!("first evaluate {:.2} ms", t.elapsed().as_secs_f64() * 1e3);
    time("clone assessment", &mut || {
        drop(std::hint::black_box(a.clone()))
    });
    time("evaluate", &mut || {
        drop(std::hint::black_box(evaluate(pack, &a)))
    });
    time("clone evaluation", &mut || {
        drop(std::hint::black_box(e.clone()))
    });
    time("to_json", &mut || {
        drop(std::hint::black_box(fingertip_core::save::to_json(
            pack, &a,
        )))
    });
    time("to_string compact", &mut || {
        drop(std::hint::black_box(
            serde_json::to_string(&fingertip_core::save::SavedFile::new(pack, &a)).unwrap(),
        ))
    });
    let mut cache = fingertip_core::save::StoredText::new();
    let mut b = a.clone();
    cache.text(pack, &b);
    let key = b
        .answers
        .keys()
        .next()
        .map(|(i, s)| (i.clone(), s.clone()))
        .unwrap();
    time("stored text after one answer (cached pieces)", &mut || {
        if let Some(x) = b.answers.get_mut(&key) {
            x.note.push('x');
        }
        drop(std::hint::black_box(cache.text(pack, &b)))
    });
    time("clone answers", &mut || {
        drop(std::hint::black_box(a.answers.clone()))
    });
    time("clone inventory", &mut || {
        drop(std::hint::black_box(a.inventory.clone()))
    });
    time("build_report", &mut || {
        drop(std::hint::black_box(fingertip_core::report::build_report(
            pack, &a, &e,
        )))
    });
    time("summary", &mut || {
        drop(std::hint::black_box(fingertip_core::draft::summarize(
            &a, &e,
        )))
    });
}
