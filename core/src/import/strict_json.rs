//! JSON text to a value, refusing what `serde_json::Value` would silently resolve: an object
//! with the same key twice (serde keeps the last one, so `"answers": [...120...], "answers": []`
//! would drop 120 answers without a word). The error names the field's path, e.g.
//! `assessment.answers` or `assessment.inventory.apps[2].name`.

use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// Marks our own error inside serde_json's message, so it can be told from syntax errors.
const MARK: char = '\u{1}';

/// Where a value sits in the document, built without allocating; rendered only on error.
#[derive(Clone, Copy)]
enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(Path::Root, k) => write!(f, "{}", k.escape_debug()),
            Path::Key(parent, k) => write!(f, "{parent}.{}", k.escape_debug()),
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

/// Why strict parsing failed.
#[derive(Debug)]
pub(crate) enum StrictError {
    /// The same key twice in one object; the path of the repeated field.
    Duplicate(String),
    /// Anything serde_json itself refuses.
    Json(serde_json::Error),
}

/// Parses `text` like `serde_json::from_str::<Value>`, but a repeated key is an error.
pub(crate) fn parse_strict(text: &str) -> Result<Value, StrictError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = Node(Path::Root)
        .deserialize(&mut de)
        .and_then(|v| de.end().map(|()| v));
    value.map_err(|e| {
        let msg = e.to_string();
        let mut parts = msg.split(MARK);
        match (parts.next(), parts.next()) {
            (Some(""), Some(path)) => StrictError::Duplicate(path.to_string()),
            _ => StrictError::Json(e),
        }
    })
}

struct Node<'a>(Path<'a>);

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut list = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(v) = seq.next_element_seed(Node(Path::Index(&self.0, list.len())))? {
            list.push(v);
        }
        Ok(Value::Array(list))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let here = Path::Key(&self.0, &key);
            if object.contains_key(&key) {
                return Err(de::Error::custom(format!("{MARK}{here}{MARK}")));
            }
            let value = map.next_value_seed(Node(here))?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dup(text: &str) -> String {
        match parse_strict(text) {
            Err(StrictError::Duplicate(path)) => path,
            other => panic!("expected a duplicate, got {other:?}"), // allow-panic: test
        }
    }

    #[test]
    fn a_repeated_key_is_named_by_its_path_at_any_depth() {
        assert_eq!(dup(r#"{"a": 1, "a": 2}"#), "a");
        assert_eq!(
            dup(r#"{"assessment": {"answers": [1], "answers": []}}"#),
            "assessment.answers"
        );
        assert_eq!(
            dup(r#"{"x": {"apps": [{"n": 1}, {"n": 1, "n": 2}]}}"#),
            "x.apps[1].n"
        );
    }

    #[test]
    fn the_same_key_in_sibling_objects_is_fine_and_values_match_serde_json() {
        let text =
            r#"{"a": [{"k": 1}, {"k": 2.5}], "b": {"k": null, "t": true, "s": "文"}, "n": -3}"#;
        let strict = parse_strict(text).expect("valid");
        let plain: Value = serde_json::from_str(text).expect("valid");
        assert_eq!(strict, plain);
    }

    #[test]
    fn syntax_errors_and_trailing_text_stay_serde_errors() {
        assert!(matches!(
            parse_strict("{\"a\": }"),
            Err(StrictError::Json(_))
        ));
        assert!(matches!(parse_strict("{} x"), Err(StrictError::Json(_))));
        assert!(matches!(parse_strict("[1e400]"), Err(StrictError::Json(_))));
    }
}
