//! A validating pass over JSON text that builds nothing: whether the text is JSON that
//! [`parse_strict`](super::strict_json::parse_strict) accepts, with no key given twice, no string
//! over a byte bound and no top-level `kind` (a backup's mark). The roll-up reads a file that passes
//! straight into its typed form; any other goes down the full import path for the exact reason.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};

/// Whether `text` is JSON that [`parse_strict`](super::strict_json::parse_strict) accepts with no key given twice and no string
/// (key or value) longer than `max_bytes` bytes, and whose top level is an object without a `kind`
/// key. A validating pass that builds nothing: the roll-up reads most files straight into their
/// typed form after it, and sends the others down the full path for the exact reason.
pub(crate) fn is_plain(text: &str, max_bytes: usize) -> bool {
    let mut de = serde_json::Deserializer::from_str(text);
    Scan {
        top: true,
        max_bytes,
    }
    .deserialize(&mut de)
    .is_ok()
        && de.end().is_ok()
}

/// The validating pass of [`is_plain`]: fails on a repeated key or a long string.
#[derive(Clone, Copy)]
struct Scan {
    top: bool,
    max_bytes: usize,
}

impl Scan {
    fn string<E: de::Error>(self, v: &str) -> Result<(), E> {
        match v.len() > self.max_bytes {
            true => Err(E::custom("long")),
            false => Ok(()),
        }
    }
}

impl<'de> DeserializeSeed<'de> for Scan {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Scan {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.scalar()
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.scalar()
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.scalar()
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.scalar()
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        self.scalar::<E>()?;
        self.string(v)
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.scalar()
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.scalar::<A::Error>()?;
        let inner = Scan { top: false, ..self };
        while seq.next_element_seed(inner)?.is_some() {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let inner = Scan { top: false, ..self };
        // Keys seen so far: the first few borrowed from the text on the stack (a saved file's
        // objects have a dozen keys at most), the rest and any with escapes in a list.
        let mut few: [&'de str; 16] = [""; 16];
        let mut held = 0;
        let mut more: Vec<Key<'de>> = Vec::new();
        while let Some(key) = map.next_key::<Key<'de>>()? {
            let k: &str = &key.0;
            self.string(k)?;
            let repeated = few[..held].contains(&k) || more.iter().any(|m| m.0 == k);
            if repeated || (self.top && k == "kind") {
                return Err(de::Error::custom("repeated"));
            }
            map.next_value_seed(inner)?;
            match key.0 {
                Cow::Borrowed(b) if held < few.len() => {
                    few[held] = b;
                    held += 1;
                }
                _ => more.push(key),
            }
        }
        Ok(())
    }
}

impl Scan {
    /// Only an object may stand at the top.
    fn scalar<E: de::Error>(self) -> Result<(), E> {
        match self.top {
            true => Err(E::custom("not an object")),
            false => Ok(()),
        }
    }
}

/// An object key, borrowed from the text unless it has escapes.
#[derive(PartialEq)]
struct Key<'de>(Cow<'de, str>);

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v.to_string())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_has_no_repeated_key_no_long_string_and_no_top_level_kind() {
        assert!(is_plain(
            r#"{"a": [{"k": 1}, {"k": "\u6587"}], "b": {"a\n": null}}"#,
            10
        ));
        assert!(!is_plain(r#"{"a": {"k": 1, "k": 2}}"#, 10));
        assert!(!is_plain(r#"{"a\u0062": 1, "ab": 2}"#, 10));
        assert!(!is_plain(r#"{"a": "01234567890"}"#, 10));
        assert!(!is_plain(r#"{"kind": "x"}"#, 10));
        assert!(is_plain(r#"{"a": {"kind": "x"}}"#, 10));
        assert!(!is_plain("[1]", 10));
        assert!(!is_plain("{} x", 10));
        assert!(!is_plain("{\"a\": }", 10));
    }
}
