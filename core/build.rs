//! Converts the criteria pack from TOML (easy for people to edit Chinese in) to JSON at build time,
//! so the wasm binary carries only serde_json (needed for save files anyway) and no TOML parser.
//! Also stamps the pack's content hash (SHA-256 of the canonical JSON, first 16 hex digits),
//! and converts the training content (`content/training/`) and the 备案申请表 layout
//! (`content/filing-form/`) the same way.

use sha2::{Digest, Sha256};
use std::{env, fs, path::Path};

const PACK_DIR: &str = "../content/fingertip-2023";
const HISTORY_DIR: &str = "../content/pack-history";

fn main() {
    println!("cargo:rerun-if-changed={PACK_DIR}");
    let dir = Path::new(PACK_DIR);
    let mut pack = read_toml(&dir.join("pack.toml"));
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {PACK_DIR}: {e}"))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with("items-") && name.ends_with(".toml")
        })
        .collect();
    files.sort();
    let mut items = Vec::new();
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let part = read_toml(file);
        let list = part
            .get("items")
            .and_then(|v| v.as_array())
            .unwrap_or_else(|| panic!("{} has no [[items]]", file.display()));
        items.extend(list.iter().cloned());
    }
    pack["items"] = serde_json::Value::Array(items);
    let changelog = dir.join("changelog.toml");
    println!("cargo:rerun-if-changed={}", changelog.display());
    pack["changelog"] = read_toml(&changelog)
        .get("changelog")
        .cloned()
        .unwrap_or_else(|| panic!("{} has no [[changelog]]", changelog.display()));
    let json = pack.to_string();
    let hash = Sha256::digest(json.as_bytes());
    let hex: String = hash.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let out = out_path("pack.json");
    fs::write(&out, json).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
    println!("cargo:rustc-env=FINGERTIP_PACK_HASH={hex}");
    // Title, version and item count for the first screen, which shows them without parsing the pack.
    for (key, value) in [
        (
            "TITLE",
            pack["title"].as_str().unwrap_or_default().to_string(),
        ),
        (
            "VERSION",
            pack["version"].as_str().unwrap_or_default().to_string(),
        ),
        (
            "ITEMS",
            pack["items"].as_array().map_or(0, Vec::len).to_string(),
        ),
    ] {
        println!("cargo:rustc-env=FINGERTIP_PACK_{key}={value}");
    }
    write_history(pack["version"].as_str().unwrap_or_default());
    write_training();
    write_filing_form();
}

const FILING_FORM: &str = "../content/filing-form/form.toml";

/// The 备案申请表 layout (`content/filing-form/form.toml`), converted like the pack.
fn write_filing_form() {
    println!("cargo:rerun-if-changed={FILING_FORM}");
    let json = read_toml(Path::new(FILING_FORM)).to_string();
    let out = out_path("filing_form.json");
    fs::write(&out, json).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}

const TRAINING_DIR: &str = "../content/training";

/// Training content (article guides and practice cases), converted like the pack:
/// `guides.toml` (`[[guides]]`) and `cases.toml` (`[[cases]]`) become `OUT_DIR/training.json`.
fn write_training() {
    println!("cargo:rerun-if-changed={TRAINING_DIR}");
    let dir = Path::new(TRAINING_DIR);
    let mut training = serde_json::Map::new();
    for (file, key) in [("guides.toml", "guides"), ("cases.toml", "cases")] {
        let path = dir.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let list = read_toml(&path)
            .get(key)
            .cloned()
            .unwrap_or_else(|| panic!("{} has no [[{key}]]", path.display()));
        training.insert(key.to_string(), list);
    }
    let json = serde_json::Value::Object(training).to_string();
    let out = out_path("training.json");
    fs::write(&out, json).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}

/// Snapshots of released pack versions (item id → question), so files answered against an older
/// pack show what was added, removed or reworded. The current version's own snapshot is left out:
/// it equals the embedded pack (a native test guarantees it).
fn write_history(current_version: &str) {
    let dir = Path::new(HISTORY_DIR);
    println!("cargo:rerun-if-changed={HISTORY_DIR}");
    let mut files: Vec<_> = fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    let mut list = Vec::new();
    for file in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
    {
        let text = fs::read_to_string(file)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        let value: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        if value["version"].as_str() != Some(current_version) {
            list.push(value);
        }
    }
    let out = out_path("pack_history.json");
    let json = serde_json::Value::Array(list).to_string();
    fs::write(&out, json).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}

/// Where a generated file goes; a build script reports failures by panicking with what failed.
fn out_path(name: &str) -> std::path::PathBuf {
    let dir = env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}"));
    Path::new(&dir).join(name)
}

fn read_toml(path: &Path) -> serde_json::Value {
    let text =
        fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let value: toml::Value =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::to_value(value).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
