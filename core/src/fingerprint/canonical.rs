//! The canonical text of a JSON value: empty members pruned, then written as RFC 8785 (JCS)
//! does — members sorted by UTF-16 code units, no whitespace, minimal string escapes and
//! ECMAScript number formatting — so any program can rebuild the same bytes.

use serde_json::{Map, Value};

/// Whether `value` is one the writer leaves out: `null`, `false`, `""`, `[]` or `{}`.
pub fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null | Value::Bool(false) => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// `value` with every object member that is empty (after pruning its own members) removed.
/// Array elements keep their places: their order and number are content.
pub fn prune(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (k, prune(v)))
                .filter(|(_, v)| !is_empty(v))
                .collect::<Map<String, Value>>(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(prune).collect()),
        other => other,
    }
}

/// The RFC 8785 text of `value`.
pub fn write(value: &Value) -> String {
    let mut out = String::new();
    write_into(value, &mut out);
    out
}

/// Appends the RFC 8785 text of `value` to `out`.
pub(super) fn write_into(value: &Value, out: &mut String) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&number(n)),
        Value::String(s) => string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_into(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
            out.push('{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                string(key, out);
                out.push(':');
                if let Some(v) = map.get(key) {
                    write_into(v, out);
                }
            }
            out.push('}');
        }
    }
}

/// A string with only `"`, `\` and control characters escaped (`\b \t \n \f \r`, others `\u00xx`).
pub(super) fn string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A number as ECMAScript's `Number.prototype.toString` writes it (integers without a fraction,
/// shortest round-trip digits, exponent form below 1e-6 and from 1e21 on).
fn number(n: &serde_json::Number) -> String {
    if let Some(i) = n.as_i64() {
        return i.to_string();
    }
    if let Some(u) = n.as_u64() {
        return u.to_string();
    }
    let f = n.as_f64().unwrap_or(0.0);
    if f == 0.0 || !f.is_finite() {
        return "0".to_string();
    }
    let abs = f.abs();
    if (1e-6..1e21).contains(&abs) {
        return format!("{f}");
    }
    // Rust writes `1.5e21` / `1e-7`; ECMAScript writes `1.5e+21` / `1e-7`.
    let e = format!("{f:e}");
    match e.split_once('e') {
        Some((mantissa, exp)) if !exp.starts_with('-') => format!("{mantissa}e+{exp}"),
        _ => e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn members_are_sorted_and_empty_ones_pruned() {
        let v = json!({"b": 1, "a": {"z": "", "y": [], "x": false, "w": null, "v": {}}, "c": [{}, 0, ""]});
        assert_eq!(write(&prune(v)), r#"{"b":1,"c":[{},0,""]}"#);
    }

    #[test]
    fn keys_sort_by_utf16_code_units() {
        // U+FF5E sorts after U+1F600 in UTF-8 byte order, before it in UTF-16 (a surrogate).
        let v = json!({"\u{ff5e}": 1, "\u{1f600}": 2, "a": 3});
        assert_eq!(write(&v), "{\"a\":3,\"\u{1f600}\":2,\"\u{ff5e}\":1}");
    }

    #[test]
    fn strings_and_numbers_follow_rfc_8785() {
        let v = json!(["\"\\\n\u{1}/é中", 30.0, 0.1, 1e21, 1.5e-7, -0.0, 7]);
        assert_eq!(write(&v), r#"["\"\\\n\u0001/é中",30,0.1,1e+21,1.5e-7,0,7]"#);
    }
}
