//! The ids an assessment is keyed by — item, asset and draft — as newtypes around `String`,
//! transparent in the save format (a saved file is byte-for-byte what it was with plain strings).

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Serialize};

/// Declares one id newtype with the conversions and comparisons that let it stand where a
/// `&str` is read (deref, borrow, display) and be built from any string.
macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The id's text, owned.
            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                $name(s)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_string())
            }
        }

        impl From<&String> for $name {
            fn from(s: &String) -> Self {
                $name(s.clone())
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                self == other.0
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }
    };
}

string_id!(
    /// A criteria item's id (`C6.2`), as an answer, ledger row or target names it.
    ItemId
);

string_id!(
    /// An asset's id: an app, account or group of the inventory, or [`AssetId::UNIT`].
    AssetId
);

string_id!(
    /// A draft's id, unique within one browser (the store's key and the file's `id`).
    DraftId
);

impl AssetId {
    /// The asset id used for unit-level items (as text: [`UNIT_ASSET`]).
    pub fn unit() -> Self {
        AssetId::from(UNIT_ASSET)
    }

    /// Whether this is the unit itself rather than an inventory entry.
    pub fn is_unit(&self) -> bool {
        self.0 == UNIT_ASSET
    }
}

/// The asset id used for unit-level items.
pub const UNIT_ASSET: &str = "unit";

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn ids_serialise_as_the_plain_strings_they_wrap() {
        let id = ItemId::from("C6.2");
        assert_eq!(serde_json::to_string(&id).ok().as_deref(), Some("\"C6.2\""));
        let back: Result<DraftId, _> = serde_json::from_str("\"d-1\"");
        assert_eq!(back.ok(), Some(DraftId::from("d-1")));
    }

    #[test]
    fn ids_compare_and_look_up_as_text() {
        let mut m = BTreeMap::new();
        m.insert(AssetId::from("app-1"), 1);
        assert_eq!(m.get("app-1"), Some(&1));
        assert!(AssetId::unit().is_unit() && AssetId::unit() == UNIT_ASSET);
        assert_eq!(format!("{}", DraftId::from("x")), "x");
        let (id, text) = (DraftId::from("x"), String::from("x"));
        assert_eq!(id, text);
        assert_eq!(text, id);
        assert_eq!(id, "x");
        assert_eq!("x", id);
    }
}
