//! `fingertip pack check` end to end: the example overlay's TOML checks, converts to exactly the
//! committed JSON form (the file the browser loads), and bad overlays print the app's errors.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use std::process::Command;

use fingertip_core::overlay::{self, OverlayError};
use fingertip_core::pack;

const BIN: &str = env!("CARGO_BIN_EXE_fingertip");
const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../content/overlays/sichuan-four-rules"
);

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(BIN).args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn scratch(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("fingertip-pack-{name}-{}", std::process::id()))
}

#[test]
fn the_example_toml_converts_to_the_committed_json() {
    let out = scratch("example.json");
    let toml = format!("{EXAMPLE}.toml");
    let (code, stdout) = run(&[
        "pack",
        "check",
        &toml,
        "--json",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.contains("可以加载 — 四川省“四个一律”补充自查(示例) 1.0.0 版(新增 2 题"),
        "{stdout}"
    );
    let written = std::fs::read_to_string(&out).expect("written");
    let committed = std::fs::read_to_string(format!("{EXAMPLE}.json")).expect("committed");
    assert_eq!(
        written, committed,
        "re-run the command in the TOML's header to refresh the JSON"
    );
    let (code, _) = run(&["pack", "check", &format!("{EXAMPLE}.json")]);
    assert_eq!(code, 0, "the JSON form checks too");
}

#[test]
fn a_bad_overlay_prints_the_same_errors_as_the_app() {
    let toml = std::fs::read_to_string(format!("{EXAMPLE}.toml")).expect("example");
    let bad = toml
        .replace("id = \"SC1.2\"", "id = \"B1.2\"")
        .replace("effective = \"2026-01-01\"", "effective = \"2026-13-01\"");
    let path = scratch("bad.toml");
    std::fs::write(&path, &bad).expect("write");
    let (code, stdout) = run(&["pack", "check", path.to_str().expect("utf-8")]);
    assert_eq!(code, 1);
    assert!(stdout.contains("有 2 处问题,不能加载"), "{stdout}");
    let national = pack::embedded().expect("pack");
    // The app reads the JSON form; the same content as JSON gives the same messages.
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{EXAMPLE}.json")).expect("json"))
            .expect("json");
    v.as_object_mut().expect("object").remove("hash");
    v["items"][1]["id"] = "B1.2".into();
    v["effective"] = "2026-13-01".into();
    let app = overlay::load(&v.to_string(), national).expect_err("refused");
    assert_eq!(app.len(), 2);
    for e in &app {
        assert!(stdout.contains(&format!("  - {e}")), "{e} not in {stdout}");
    }
    assert!(app
        .iter()
        .any(|e| matches!(e, OverlayError::RewritesNational { .. })));
}

#[test]
fn unreadable_toml_and_usage() {
    let path = scratch("broken.toml");
    std::fs::write(&path, "id = \n").expect("write");
    let (code, stdout) = run(&["pack", "check", path.to_str().expect("utf-8")]);
    assert_eq!(code, 1);
    assert!(stdout.contains("文件不是有效的 TOML"), "{stdout}");
    let (code, _) = run(&["pack", "check"]);
    assert_eq!(code, 64);
}
