//! Hash indexes over an assessment and a pack, so evaluation is linear in the number of rows.

use rustc_hash::FxHashMap as HashMap;

use crate::model::{Answer, Assessment};
use crate::pack::{Document, Item, Pack};

/// Answers by (item id, asset id), borrowed; lookups allocate nothing.
pub(crate) struct AnswerIndex<'a>(HashMap<(&'a str, &'a str), &'a Answer>);

impl<'a> AnswerIndex<'a> {
    /// Indexes every answer of `assessment`.
    pub(crate) fn new(assessment: &'a Assessment) -> Self {
        AnswerIndex(
            assessment
                .answers
                .iter()
                .map(|((item, asset), answer)| ((item.as_str(), asset.as_str()), answer))
                .collect(),
        )
    }

    /// The answer to `item` for `asset`.
    pub(crate) fn get(&self, item: &str, asset: &str) -> Option<&'a Answer> {
        self.0.get(&(item, asset)).copied()
    }
}

/// Items and documents by id.
pub(crate) struct PackIndex<'a> {
    items: HashMap<&'a str, &'a Item>,
    documents: HashMap<&'a str, &'a Document>,
}

impl<'a> PackIndex<'a> {
    /// Indexes `pack`; the first of duplicate ids wins (the consistency check forbids duplicates).
    pub(crate) fn new(pack: &'a Pack) -> Self {
        let mut items = HashMap::with_capacity_and_hasher(pack.items.len(), Default::default());
        for item in &pack.items {
            items.entry(item.id.as_str()).or_insert(item);
        }
        let documents = pack.documents.iter().map(|d| (d.id.as_str(), d)).collect();
        PackIndex { items, documents }
    }

    /// The item with this id.
    pub(crate) fn item(&self, id: &str) -> Option<&'a Item> {
        self.items.get(id).copied()
    }

    /// The document with this id.
    pub(crate) fn document(&self, id: &str) -> Option<&'a Document> {
        self.documents.get(id).copied()
    }
}
