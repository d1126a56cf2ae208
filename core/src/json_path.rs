//! Which field of a JSON text a reader was at when it failed, found from serde_json's error
//! position: the path ("assessment.inventory.apps[2].name") that import and overlay errors name.
//!
//! This replaces wrapping the reader in `serde_path_to_error`, which built a second copy of every
//! model type's reader into the app (218 KB of the wasm, measured in docs/size.md); reading the
//! text up to the error position again costs a few lines and only runs when a file is refused.

use std::fmt::Write as _;

/// An open object or list while scanning, with where the scan is inside it.
enum Frame {
    /// An object; its current key once read, and whether the next string is a key.
    Object {
        key: Option<String>,
        expecting_key: bool,
    },
    /// A list and the index of its current element.
    List(usize),
}

/// The path serde_json was reading in `text` when it failed with `error`, written as
/// `serde_path_to_error` writes paths: keys joined by ".", indexes as "[i]", "." for the whole file.
/// A "missing field" error names the object that lacks it.
pub fn at_error(text: &str, error: &serde_json::Error) -> String {
    // A struct's own errors ("missing field") are placed after its closing brace, so the open
    // frames there name the struct itself; a field's errors are placed after its value.
    render(&scan(text, offset(text, error.line(), error.column())))
}

/// The byte offset of serde_json's (1-based line, byte column from the line's start) position.
fn offset(text: &str, line: usize, column: usize) -> usize {
    let start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    (start + column).min(text.len())
}

/// The open objects and lists after reading `consumed` bytes (a lenient tokenizer: the text
/// has already been read by serde_json up to there, so it is JSON as far as it goes).
fn scan(text: &str, consumed: usize) -> Vec<Frame> {
    let bytes = &text.as_bytes()[..consumed.min(text.len())];
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => stack.push(Frame::Object {
                key: None,
                expecting_key: true,
            }),
            b'[' => stack.push(Frame::List(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::List(index)) => *index += 1,
                Some(Frame::Object { expecting_key, .. }) => *expecting_key = true,
                None => {}
            },
            b'"' => {
                let end = string_end(bytes, i);
                if let Some(Frame::Object { key, expecting_key }) = stack.last_mut() {
                    if *expecting_key {
                        // `get`: never a panic, should the position end inside a character.
                        *key = Some(text.get(i..end).map(unescape).unwrap_or_default());
                        *expecting_key = false;
                    }
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    stack
}

/// The index just past the string starting at `start` (its closing quote), or the end of `bytes`.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// A key's text without its quotes and escapes (as written when it cannot be decoded, e.g. cut off).
fn unescape(quoted: &str) -> String {
    serde_json::from_str::<String>(quoted).unwrap_or_else(|_| {
        quoted
            .trim_start_matches('"')
            .trim_end_matches('"')
            .to_string()
    })
}

/// The open frames as a path: keys joined by ".", indexes as "[i]", "." for none.
fn render(frames: &[Frame]) -> String {
    let mut out = String::new();
    for frame in frames {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Frame::Object { key: None, .. } => {}
            Frame::List(i) => {
                let _ = write!(out, "[{i}]");
            }
        }
    }
    if out.is_empty() {
        out.push('.');
    }
    out
}

#[cfg(test)]
#[allow(clippy::expect_used)] // a panic in a test is a failed test
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct App {
        name: String,
        users: u32,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Inventory {
        apps: Vec<App>,
        note: Option<String>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Unit {
        inventory: Inventory,
    }

    fn path_of(text: &str) -> String {
        let error = serde_json::from_str::<Inventory>(text).expect_err("refused");
        at_error(text, &error)
    }

    #[test]
    fn a_wrong_value_is_named_by_its_field_and_index() {
        let text = r#"{"apps":[{"name":"a","users":1},{"name":"b","users":"x"}]}"#;
        assert_eq!(path_of(text), "apps[1].users");
        let pretty = "{\n  \"note\": null,\n  \"apps\": [\n    {\"name\": 5, \"users\": 1}\n  ]\n}";
        assert_eq!(path_of(pretty), "apps[0].name");
        assert_eq!(path_of(r#"{"apps":5}"#), "apps");
        assert_eq!(path_of("5"), ".");
    }

    #[test]
    fn a_missing_field_names_the_object_that_lacks_it() {
        assert_eq!(path_of(r#"{"apps":[{"name":"a"}]}"#), "apps[0]");
        assert_eq!(path_of(r#"{"apps":[{}]}"#), "apps[0]");
        assert_eq!(path_of(r#"{"note":"n"}"#), ".");
        let text = r#"{"inventory":{"note":"n"}}"#;
        let error = serde_json::from_str::<Unit>(text).expect_err("refused");
        assert_eq!(at_error(text, &error), "inventory");
    }

    #[test]
    fn keys_with_escapes_and_chinese_text_before_the_error_are_read_through() {
        let text = "{\"note\":\"引号\\\"和,逗号[{\",\n\"apps\":[{\"name\":\"应用\",\"users\":-1}]}";
        assert_eq!(path_of(text), "apps[0].users");
    }
}
