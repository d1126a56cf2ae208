//! Borrowed indexes the report sections share: items and answers by id, built once per report.

use rustc_hash::FxHashMap as HashMap;

use crate::model::{Answer, Assessment};
use crate::pack::{Item, Pack};

/// Items by id and answers by (item, asset), borrowed from the pack and the assessment.
pub(crate) struct Lookup<'a> {
    items: HashMap<&'a str, &'a Item>,
    answers: HashMap<(&'a str, &'a str), &'a Answer>,
}

impl<'a> Lookup<'a> {
    /// Indexes `pack` (first of duplicate ids wins) and `assessment`.
    pub(crate) fn new(pack: &'a Pack, assessment: &'a Assessment) -> Self {
        let mut items = HashMap::with_capacity_and_hasher(pack.items.len(), Default::default());
        for item in &pack.items {
            items.entry(item.id.as_str()).or_insert(item);
        }
        let answers = assessment
            .answers
            .iter()
            .map(|((item, asset), a)| ((item.as_str(), asset.as_str()), a))
            .collect();
        Lookup { items, answers }
    }

    /// The item with this id.
    pub(crate) fn item(&self, id: &str) -> Option<&'a Item> {
        self.items.get(id).copied()
    }

    /// The answer to `item` for `asset`.
    pub(crate) fn answer(&self, item: &str, asset: &str) -> Option<&'a Answer> {
        self.answers.get(&(item, asset)).copied()
    }
}
