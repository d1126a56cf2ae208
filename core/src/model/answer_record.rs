//! Reading an [`AnswerRecord`]: `item` and `asset` sit beside the answer's own fields in one
//! object. serde's `flatten` buffers every record before reading it (a quarter of reading a saved
//! file) and loses the field's path in error messages; here the two keys are taken out as they
//! pass and every other key goes straight to [`Answer`]'s own reader, so a wrong field is named
//! (`assessment.answers[3].note`) and the answer's fields are listed in one place only.

use std::borrow::Cow;
use std::fmt;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::answer::{Answer, AnswerRecord};
use super::{AssetId, ItemId};

impl<'de> Deserialize<'de> for AnswerRecord {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(RecordVisitor)
    }
}

struct RecordVisitor;

impl<'de> Visitor<'de> for RecordVisitor {
    type Value = AnswerRecord;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The words serde's derive used, which the import's messages translate.
        f.write_str("struct AnswerRecord")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<AnswerRecord, A::Error> {
        let mut keys = KeyTap {
            map,
            item: None,
            asset: None,
        };
        let answer = Answer::deserialize(MapAccessDeserializer::new(&mut keys))?;
        let item = keys.item.ok_or_else(|| de::Error::missing_field("item"))?;
        let asset = keys
            .asset
            .ok_or_else(|| de::Error::missing_field("asset"))?;
        Ok(AnswerRecord {
            item,
            asset,
            answer,
        })
    }
}

/// The record's map as the answer sees it: `item` and `asset` are read into the tap on the way.
struct KeyTap<A> {
    map: A,
    item: Option<ItemId>,
    asset: Option<AssetId>,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for KeyTap<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        while let Some(Key(key)) = self.map.next_key::<Key<'de>>()? {
            match key.as_ref() {
                "item" => take(&mut self.map, &mut self.item, "item")?,
                "asset" => take(&mut self.map, &mut self.asset, "asset")?,
                other => {
                    let name: de::value::StrDeserializer<'_, A::Error> = other.into_deserializer();
                    return seed.deserialize(name).map(Some);
                }
            }
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}

/// Reads the value of key `field` into `slot`; the key given twice is an error, as serde's
/// derive makes it.
fn take<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    field: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(field));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// A key, borrowed from the input unless it had to be unescaped.
struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
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
    #![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test
    use super::*;
    use crate::model::{AnswerValue, Justification, RectStatus, Suggested};

    fn full() -> AnswerRecord {
        let mut answer = Answer::of(AnswerValue::Choice("no".into()));
        answer.exception = true;
        let card = Justification {
            reason: "应急".into(),
            ..Justification::default()
        };
        answer.justifications.insert("checkin".into(), card);
        answer.note = "备注".into();
        answer.evidence = vec![0, 2];
        answer.owner = "张三".into();
        answer.deadline = "2026-12-31".into();
        answer.measure = Some("整改".into());
        answer.status = RectStatus::Done;
        answer.provisional = true;
        answer.suggested = Some(Suggested {
            agreeing: 2,
            answered: 3,
        });
        AnswerRecord {
            item: "A1.1".into(),
            asset: "app-1".into(),
            answer,
        }
    }

    #[test]
    fn every_field_reads_back_from_text_and_from_a_value() {
        let record = full();
        let text = serde_json::to_string(&record).unwrap();
        assert_eq!(serde_json::from_str::<AnswerRecord>(&text).unwrap(), record);
        let value = serde_json::to_value(&record).unwrap();
        assert_eq!(AnswerRecord::deserialize(&value).unwrap(), record);
        // Unknown keys are ignored, as before; the keys may come in any order.
        let moved =
            r#"{"x":1,"value":{"type":"choice","value":"yes"},"asset":"unit","item":"A1.2"}"#;
        let read: AnswerRecord = serde_json::from_str(moved).unwrap();
        assert_eq!((read.item.as_str(), read.asset.as_str()), ("A1.2", "unit"));
        assert_eq!(read.answer, Answer::choice("yes"));
    }

    #[test]
    fn a_missing_repeated_or_wrong_field_is_an_error_naming_it() {
        let error = |text: &str| {
            let mut de = serde_json::Deserializer::from_str(text);
            let e = serde_path_to_error::deserialize::<_, AnswerRecord>(&mut de).unwrap_err();
            (e.path().to_string(), e.into_inner().to_string())
        };
        let (_, missing) = error(r#"{"item":"A1.1"}"#);
        assert!(missing.starts_with("missing field `asset`"), "{missing}");
        let (_, twice) = error(r#"{"item":"A","asset":"unit","item":"B"}"#);
        assert!(twice.starts_with("duplicate field `item`"), "{twice}");
        let (path, wrong) = error(r#"{"item":"A","asset":"unit","note":5}"#);
        assert_eq!(path, "note");
        assert!(wrong.starts_with("invalid type: integer `5`"), "{wrong}");
        let (_, not_object) = error("5");
        assert!(
            not_object.contains("expected struct AnswerRecord"),
            "{not_object}"
        );
    }
}
