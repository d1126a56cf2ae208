//! Walks over a file's JSON for things to warn about: strings that look like markup (the app
//! shows them as plain text, never as HTML) and fields this format does not know, which
//! deserialising would otherwise drop without a word.

use serde_json::Value;

use crate::invisible::has_invisible;
use crate::save::SavedFile;

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

/// What walking a file as it will be imported finds: see [`walk_kept`].
#[derive(Debug, Default, PartialEq)]
pub(super) struct Found {
    /// Paths of strings that [`has_markup`].
    pub markup: Vec<String>,
    /// Paths of strings and keys with an invisible character.
    pub invisible: Vec<String>,
    /// Paths of fields of `raw` that the import drops (see [`ignored_fields`]).
    pub ignored: Vec<String>,
}

/// Walks `file` (as it will be imported) for markup and invisible characters and, when
/// `compare`, for the fields of `raw` (the file as written) that it drops. The same paths as
/// walking the whole file's JSON value, without building it: the answers, most of a large unit's
/// file, are written out as values one at a time (a 500 + 500 unit's whole value was ~28 MB
/// beside the raw one, the import's memory peak). Also in the same order, except that a field
/// unknown to this format whose name sorts before `assessment` or `answers` is listed after the
/// answers' paths.
pub(super) fn walk_kept(raw: &Value, file: &mut SavedFile, compare: bool) -> Found {
    let mut found = Found::default();
    let answers = std::mem::take(&mut file.assessment.answers);
    let raw_answers = raw
        .get("assessment")
        .and_then(|a| a.get("answers"))
        .and_then(Value::as_array);
    // Maps are sorted by key, so `assessment` is the file's first field and `answers` its first:
    // the answers' paths come first in a whole-value walk too.
    for (i, record) in answers.iter().enumerate() {
        let kept = serde_json::to_value(record).unwrap_or(Value::Null);
        let path = format!("assessment.answers[{i}]");
        markup_fields(&kept, &path, &mut found.markup);
        invisible_fields(&kept, &path, &mut found.invisible);
        if let (true, Some(r)) = (compare, raw_answers.and_then(|a| a.get(i))) {
            ignored_fields(r, &kept, &path, &mut found.ignored);
        }
    }
    let mut rest = serde_json::to_value(&*file).unwrap_or(Value::Null);
    file.assessment.answers = answers;
    // An empty list in the answers' place: the walk of the rest pairs no answer with it.
    if let Some(body) = rest.get_mut("assessment").and_then(Value::as_object_mut) {
        body.insert("answers".into(), Value::Array(Vec::new()));
    }
    markup_fields(&rest, "", &mut found.markup);
    invisible_fields(&rest, "", &mut found.invisible);
    if compare {
        ignored_fields(raw, &rest, "", &mut found.ignored);
    }
    found
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

    /// The whole-value walk that [`walk_kept`] replaces.
    fn walk_whole(raw: &Value, file: &SavedFile) -> Found {
        let kept = serde_json::to_value(file).unwrap_or(Value::Null);
        let mut found = Found::default();
        markup_fields(&kept, "", &mut found.markup);
        invisible_fields(&kept, "", &mut found.invisible);
        ignored_fields(raw, &kept, "", &mut found.ignored);
        found
    }

    #[test]
    fn walking_the_answers_one_at_a_time_finds_what_the_whole_value_does() {
        let text = include_str!("../../../content/samples/sample-unit.json");
        let mut raw: Value = serde_json::from_str(text).unwrap_or(Value::Null);
        let answers = raw["assessment"]["answers"].as_array_mut();
        let answers = answers.map(std::mem::take).unwrap_or_default();
        assert!(answers.len() >= 3);
        let mut changed = answers;
        changed[0]["note"] = "见<b>附件</b>".into();
        changed[1]["note"] = "零宽\u{200b}空格".into();
        changed[2]["unknown_extra"] = "x".into();
        changed[2]["empty_extra"] = "".into();
        raw["assessment"]["answers"] = Value::Array(changed);
        raw["assessment"]["profile"]["name"] = "<i>局</i>".into();
        raw["zz_later"] = 1.into();
        let mut file: SavedFile =
            serde_json::from_value(raw.clone()).unwrap_or_else(|e| panic!("{e}"));
        let before = file.clone();

        let found = walk_kept(&raw, &mut file, true);

        assert_eq!(file, before, "the file is given back whole");
        assert_eq!(found, walk_whole(&raw, &file));
        assert_eq!(
            found.markup,
            ["assessment.answers[0].note", "assessment.profile.name"]
        );
        assert_eq!(found.invisible, ["assessment.answers[1].note"]);
        assert_eq!(
            found.ignored,
            ["assessment.answers[2].unknown_extra", "zz_later"]
        );
        assert!(walk_kept(&raw, &mut file, false).ignored.is_empty());
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
