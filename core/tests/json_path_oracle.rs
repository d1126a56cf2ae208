//! `json_path::at_error` against `serde_path_to_error` (the reader wrapper it replaced in the app):
//! every field of the sample saved file and of the example overlay is, in turn, given a value of
//! the wrong type or removed; wherever the reader refuses the result, the path we name must be the
//! wrapper's, or lie inside it (the wrapper cannot see into tagged enums such as an answer's value).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::json_files;
use common::scenario::pack;
use fingertip_core::json_path;
use fingertip_core::overlay::Overlay;
use fingertip_core::save::{self, SavedFile};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Every path to a value in `v`, as a list of keys and indexes.
fn leaves(v: &Value, at: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(at.clone());
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                at.push(Value::String(k.clone()));
                leaves(child, at, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            // The first three elements of a list: the rest repeat their shape.
            for (i, child) in items.iter().enumerate().take(3) {
                at.push(Value::from(i));
                leaves(child, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn at_mut<'a>(v: &'a mut Value, path: &[Value]) -> &'a mut Value {
    path.iter().fold(v, |v, step| match step {
        Value::String(k) => &mut v[k.as_str()],
        _ => &mut v[step.as_u64().unwrap() as usize],
    })
}

/// A value of another JSON type than `v`'s.
fn wrong_type(v: &Value) -> Value {
    match v {
        Value::String(_) => Value::from(12345),
        Value::Number(_) | Value::Bool(_) | Value::Null => Value::from("不是这个类型"),
        Value::Array(_) => Value::from(5),
        Value::Object(_) => Value::from(true),
    }
}

/// Mutates `original` in every way and compares both paths for each refused text; returns how
/// many refusals were compared.
fn compare<T: DeserializeOwned>(original: &Value, pretty: bool) -> usize {
    let mut paths = Vec::new();
    leaves(original, &mut Vec::new(), &mut paths);
    let mut compared = 0;
    for path in paths.iter().filter(|p| !p.is_empty()) {
        let mut changed_type = original.clone();
        let target = at_mut(&mut changed_type, path);
        *target = wrong_type(target);
        let mut removed = original.clone();
        let (last, parent) = path.split_last().unwrap();
        if let (Value::String(k), Some(map)) = (last, at_mut(&mut removed, parent).as_object_mut())
        {
            map.remove(k);
        }
        for value in [changed_type, removed] {
            let text = if pretty {
                serde_json::to_string_pretty(&value).unwrap()
            } else {
                value.to_string()
            };
            let Err(ours) = serde_json::from_str::<T>(&text) else {
                continue;
            };
            let mut de = serde_json::Deserializer::from_str(&text);
            let theirs = serde_path_to_error::deserialize::<_, T>(&mut de)
                .err()
                .expect("both readers refuse the same text");
            let (ours, theirs) = (json_path::at_error(&text, &ours), theirs.path().to_string());
            let inside = theirs == "."
                || ours == theirs
                || ours.starts_with(&format!("{theirs}."))
                || ours.starts_with(&format!("{theirs}["));
            assert!(inside, "{path:?}: we say {ours}, the wrapper says {theirs}");
            compared += 1;
        }
    }
    compared
}

#[test]
fn the_saved_file_paths_match_the_wrapper() {
    let a = fingertip_core::sample::sample_assessment("d", "2026-11-01T09:00:00Z").unwrap();
    let file: Value = serde_json::from_str(&save::to_json(pack(), &a)).unwrap();
    let compact = compare::<SavedFile>(&file, false);
    let pretty = compare::<SavedFile>(&file, true);
    assert!(compact > 150 && pretty == compact, "{compact} / {pretty}");
}

#[test]
fn the_overlay_paths_match_the_wrapper() {
    let (_, text) = json_files("../content/overlays")
        .into_iter()
        .find(|(p, _)| p.ends_with("sichuan-four-rules.json"))
        .expect("committed");
    let overlay: Value = serde_json::from_str(&text).unwrap();
    let compact = compare::<Overlay>(&overlay, false);
    assert!(compact > 20, "{compact}");
    assert_eq!(compare::<Overlay>(&overlay, true), compact);
}

#[test]
fn a_root_level_refusal_names_the_whole_file() {
    let text = r#"{"format_version":3}"#;
    let e = serde_json::from_str::<SavedFile>(text).err().unwrap();
    assert_eq!(json_path::at_error(text, &e), ".");
}
