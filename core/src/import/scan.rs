//! Walks over a file's JSON for things to warn about: strings that look like markup (the app
//! shows them as plain text, never as HTML) and fields this format does not know, which
//! deserialising would otherwise drop without a word.

use serde_json::Value;

use crate::invisible::has_invisible;

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

/// One step of a path, borrowed from the value walked: the path text is only built for a hit,
/// so walking a whole file allocates nothing per node.
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// `prefix` followed by `steps`: keys joined with `.`, indexes as `[i]`.
fn render(prefix: &str, steps: &[Step]) -> String {
    let mut out = prefix.to_string();
    for step in steps {
        match step {
            Step::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Step::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    out
}

/// Paths of every string value under `value` that [`has_markup`].
pub(super) fn markup_fields(value: &Value, path: &str, out: &mut Vec<String>) {
    strings_walk(value, path, &mut Vec::new(), out, (has_markup, false));
}

/// Paths of every string value, and every key, under `value` that holds an invisible character
/// (zero-width, bidi control or control character, see [`crate::invisible`]).
pub(super) fn invisible_fields(value: &Value, path: &str, out: &mut Vec<String>) {
    strings_walk(value, path, &mut Vec::new(), out, (has_invisible, true));
}

fn strings_walk<'a>(
    value: &'a Value,
    prefix: &str,
    steps: &mut Vec<Step<'a>>,
    out: &mut Vec<String>,
    (hit, keys_too): (fn(&str) -> bool, bool),
) {
    match value {
        Value::String(s) if hit(s) => out.push(render(prefix, steps)),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                steps.push(Step::Index(i));
                strings_walk(item, prefix, steps, out, (hit, keys_too));
                steps.pop();
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                steps.push(Step::Key(key));
                if keys_too && hit(key) {
                    out.push(render(prefix, steps));
                }
                strings_walk(item, prefix, steps, out, (hit, keys_too));
                steps.pop();
            }
        }
        _ => {}
    }
}

/// Paths of fields in `raw` that are missing from `kept` (the file as it will be imported),
/// except fields holding only the value the writer omits anyway (`null`, `false`, `""`, `[]`, `{}`).
pub(super) fn ignored_fields(raw: &Value, kept: &Value, path: &str, out: &mut Vec<String>) {
    ignored_walk(raw, kept, path, &mut Vec::new(), out);
}

fn ignored_walk<'a>(
    raw: &'a Value,
    kept: &Value,
    prefix: &str,
    steps: &mut Vec<Step<'a>>,
    out: &mut Vec<String>,
) {
    match (raw, kept) {
        (Value::Object(raw), Value::Object(kept)) => {
            for (key, item) in raw {
                match kept.get(key) {
                    Some(k) => {
                        steps.push(Step::Key(key));
                        ignored_walk(item, k, prefix, steps, out);
                        steps.pop();
                    }
                    None if crate::fingerprint::is_empty(item) => {}
                    None => {
                        steps.push(Step::Key(key));
                        out.push(render(prefix, steps));
                        steps.pop();
                    }
                }
            }
        }
        (Value::Array(raw), Value::Array(kept)) => {
            for (i, (r, k)) in raw.iter().zip(kept).enumerate() {
                steps.push(Step::Index(i));
                ignored_walk(r, k, prefix, steps, out);
                steps.pop();
            }
        }
        _ => {}
    }
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
        ignored_fields(&raw, &kept, "", &mut out);
        assert_eq!(out, ["a.new"]);
    }
}
