//! A validating pass over JSON text that builds nothing: whether the text is a JSON object with
//! no key given twice, no string over a byte bound and no top-level `kind` (a backup's mark). The
//! roll-up reads a file that passes straight into its typed form, whose parse checks the syntax;
//! any other file goes down the full import path, which gives the exact reason.
//!
//! A byte scanner rather than a serde visitor: it only has to find strings, keys and nesting in
//! text that is valid JSON (for any other text its answer does not matter, the typed parse then
//! fails), and it is a fraction of the cost. It answers "not sure" (`false`) rather than decode: a
//! key with an escape, or an object with very many keys, sends the file down the full path.

/// Keys in one object beyond which the scan stops comparing and answers "not sure" (a saved
/// file's objects have a dozen; a hostile file with huge objects is left to the full path).
const MANY_KEYS: usize = 64;

/// Whether `text` is a JSON object, as far as its structure goes, with no key given twice, no
/// string (key or value) longer than `max_bytes` bytes as written (at least its decoded length)
/// and no `kind` key at the top level. `false` also when unsure.
pub(crate) fn is_plain(text: &str, max_bytes: usize) -> bool {
    let b = text.as_bytes();
    // Keys of the open objects, innermost last; `open` holds for each open container where its
    // keys start in `keys` (`None` for a list).
    let mut keys: Vec<&[u8]> = Vec::with_capacity(64);
    let mut open: Vec<Option<usize>> = Vec::with_capacity(16);
    let (mut expect_key, mut closed) = (false, false);
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if matches!(c, b' ' | b'\n' | b'\r' | b'\t') {
            i += 1;
            continue;
        }
        // Only one object at the top, and nothing after it.
        if closed || (open.is_empty() && c != b'{') {
            return false;
        }
        match c {
            b'{' => {
                open.push(Some(keys.len()));
                expect_key = true;
            }
            b'[' => {
                open.push(None);
                expect_key = false;
            }
            b'}' | b']' => {
                if let Some(Some(from)) = open.pop() {
                    keys.truncate(from);
                }
                closed = open.is_empty();
                expect_key = false;
            }
            b',' => expect_key = matches!(open.last(), Some(Some(_))),
            b':' => expect_key = false,
            b'"' => {
                let start = i + 1;
                let Some((j, escaped)) = string_end(b, start) else {
                    return false;
                };
                if j - start > max_bytes {
                    return false;
                }
                if expect_key {
                    let key = &b[start..j];
                    let Some(&Some(from)) = open.last() else {
                        return false;
                    };
                    let seen = keys.get(from..).unwrap_or_default();
                    if escaped || seen.len() >= MANY_KEYS || seen.contains(&key) {
                        return false;
                    }
                    if open.len() == 1 && key == b"kind" {
                        return false;
                    }
                    keys.push(key);
                    expect_key = false;
                }
                i = j;
            }
            // Numbers, true, false, null: their bytes need no attention.
            _ => {}
        }
        i += 1;
    }
    closed
}

/// Where the string whose text starts at `start` ends (its closing quote), and whether it has
/// escapes; `None` when it is not closed. (Eight bytes at a time was measured slower when the
/// core was built for size; not measured again since it is built at `opt-level = 3`.)
fn string_end(b: &[u8], start: usize) -> Option<(usize, bool)> {
    let (mut j, mut escaped) = (start, false);
    loop {
        match b.get(j)? {
            b'"' => return Some((j, escaped)),
            b'\\' => {
                escaped = true;
                j += 2;
            }
            _ => j += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_has_no_repeated_key_no_long_string_and_no_top_level_kind() {
        assert!(is_plain(
            r#"{"a": [{"k": 1}, {"k": "\u6587"}], "b": {"a": null}}"#,
            10
        ));
        assert!(!is_plain(r#"{"a": {"k": 1, "k": 2}}"#, 10));
        // A key with an escape is not compared: "not sure".
        assert!(!is_plain(r#"{"a\u0062": 1, "ab": 2}"#, 10));
        assert!(!is_plain(r#"{"b": {"a\n": null}}"#, 10));
        assert!(!is_plain(r#"{"a": "01234567890"}"#, 10));
        assert!(!is_plain(r#"{"kind": "x"}"#, 10));
        assert!(is_plain(r#"{"a": {"kind": "x"}}"#, 10));
        assert!(!is_plain("[1]", 10));
        assert!(!is_plain("{} x", 10));
        // Quotes, braces and commas inside strings are text; keys of sibling objects are apart.
        assert!(is_plain(
            r#"{"a": "x\"}{,:\\", "b": [{"a": 1}, {"a": [2, {"a": 3}]}], "c": true}"#,
            20
        ));
        assert!(!is_plain(r#"{"a": [{"x": 1}], "b": 2, "a": 3}"#, 10));
        assert!(!is_plain(r#"{"a": 1} {"b": 2}"#, 10));
        assert!(!is_plain(r#"{"a": 1}]"#, 10));
        assert!(!is_plain(r#"{"a": "unterminated}"#, 40));
        assert!(!is_plain(
            r#"{"a": "long enough to take the eight-byte steps \"#,
            80
        ));
        // Quotes and backslashes at every place in a word.
        for pad in 0..9 {
            let text = format!(
                r#"{{"a": "{}\"\\x", "b": "{}"}}"#,
                "字".repeat(pad),
                "y".repeat(pad)
            );
            assert!(is_plain(&text, 80), "{text}");
            let repeated = format!(
                r#"{{"a{}": 1, "a{}": 2}}"#,
                "z".repeat(pad),
                "z".repeat(pad)
            );
            assert!(!is_plain(&repeated, 80), "{repeated}");
        }
        let many: Vec<String> = (0..MANY_KEYS + 1)
            .map(|k| format!("\"k{k}\": {k}"))
            .collect();
        assert!(!is_plain(&format!("{{{}}}", many.join(",")), 10));
        assert!(is_plain(
            &format!("{{{}}}", many[..MANY_KEYS].join(",")),
            10
        ));
    }
}
