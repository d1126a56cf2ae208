//! Walks over a file's JSON for things to warn about: strings that look like markup (the app
//! shows them as plain text, never as HTML) and fields this format does not know, which
//! deserialising would otherwise drop without a word.

use serde_json::Value;

/// Whether `s` holds something tag-like (`<` then `>`) or the word "script" in any case.
pub fn has_markup(s: &str) -> bool {
    let tag = s
        .find('<')
        .is_some_and(|at| s.get(at..).is_some_and(|rest| rest.contains('>')));
    tag || s
        .as_bytes()
        .windows(6)
        .any(|w| w.eq_ignore_ascii_case(b"script"))
}

/// Paths of every string value under `value` that [`has_markup`].
pub(super) fn markup_fields(value: &Value, path: &mut String, out: &mut Vec<String>) {
    match value {
        Value::String(s) if has_markup(s) => out.push(path.clone()),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                within(path, &format!("[{i}]"), |p| markup_fields(item, p, out));
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                within(path, &dotted(path, key), |p| markup_fields(item, p, out));
            }
        }
        _ => {}
    }
}

/// Paths of fields in `raw` that are missing from `kept` (the file as it will be imported),
/// except fields holding only the value the writer omits anyway (`null`, `false`, `""`, `[]`, `{}`).
pub(super) fn ignored_fields(raw: &Value, kept: &Value, path: &mut String, out: &mut Vec<String>) {
    match (raw, kept) {
        (Value::Object(raw), Value::Object(kept)) => {
            for (key, item) in raw {
                let step = dotted(path, key);
                match kept.get(key) {
                    Some(k) => within(path, &step, |p| ignored_fields(item, k, p, out)),
                    None if is_empty(item) => {}
                    None => within(path, &step, |p| out.push(p.clone())),
                }
            }
        }
        (Value::Array(raw), Value::Array(kept)) => {
            for (i, (r, k)) in raw.iter().zip(kept).enumerate() {
                within(path, &format!("[{i}]"), |p| ignored_fields(r, k, p, out));
            }
        }
        _ => {}
    }
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null | Value::Bool(false) => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

fn dotted(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!(".{key}")
    }
}

/// Runs `f` with `step` appended to `path`, then restores it.
fn within(path: &mut String, step: &str, f: impl FnOnce(&mut String)) {
    let len = path.len();
    path.push_str(step);
    f(path);
    path.truncate(len);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_a_tag_or_the_word_script() {
        for s in ["<b>x</b>", "a < b > c", "JavaScript:void(0)", "<SCRIPT"] {
            assert!(has_markup(s), "{s}");
        }
        for s in ["", "a > b < c", "某县人社局", "<未闭合", "scrip t"] {
            assert!(!has_markup(s), "{s}");
        }
    }

    #[test]
    fn default_valued_fields_the_writer_omits_are_not_reported() {
        let raw = serde_json::json!({"a": {"b": 1, "gone": false, "new": 2}, "c": [{"x": ""}]});
        let kept = serde_json::json!({"a": {"b": 1}, "c": [{}]});
        let mut out = Vec::new();
        ignored_fields(&raw, &kept, &mut String::new(), &mut out);
        assert_eq!(out, ["a.new"]);
    }
}
