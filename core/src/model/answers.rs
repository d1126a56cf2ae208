//! The answers of an assessment, keyed by (item, asset) and grouped per item behind shared
//! pointers: every edit clones the assessment, and a clone copies one pointer per item instead of
//! every answer; changing an answer copies only its item's group (issue #20: at 500 apps + 500
//! groups the whole map was ~20,000 answers, cloned and dropped on every keystroke). Iteration is in
//! (item, asset) order, as a map keyed by the pair would give.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::{Answer, AnswerKey, AssetId, ItemId};

/// One item's answers, by asset.
pub type AnswerGroup = BTreeMap<AssetId, Answer>;

/// Answers keyed by (item, asset).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answers {
    by_item: BTreeMap<ItemId, Arc<AnswerGroup>>,
    len: usize,
}

impl Answers {
    /// No answers.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many answers there are.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The answer at `key`.
    pub fn get(&self, key: &AnswerKey) -> Option<&Answer> {
        self.get_by(&key.0, &key.1)
    }

    /// The answer to `item` for `asset`.
    pub fn get_by(&self, item: &str, asset: &str) -> Option<&Answer> {
        self.by_item.get(item)?.get(asset)
    }

    /// Whether there is an answer at `key`.
    pub fn contains_key(&self, key: &AnswerKey) -> bool {
        self.get(key).is_some()
    }

    /// The answer at `key`, to change (its item's group is copied first if shared).
    pub fn get_mut(&mut self, key: &AnswerKey) -> Option<&mut Answer> {
        let group = self.by_item.get_mut(&key.0)?;
        if !group.contains_key(&key.1) {
            return None;
        }
        Arc::make_mut(group).get_mut(&key.1)
    }

    /// The answer at `key`, a default one inserted first when there is none.
    pub fn get_or_default(&mut self, key: AnswerKey) -> &mut Answer {
        let (item, asset) = key;
        let group = Arc::make_mut(self.by_item.entry(item).or_default());
        if !group.contains_key(&asset) {
            self.len += 1;
        }
        group.entry(asset).or_default()
    }

    /// Stores `answer` at `key`; returns what was there.
    pub fn insert(&mut self, key: AnswerKey, answer: Answer) -> Option<Answer> {
        let (item, asset) = key;
        let old = Arc::make_mut(self.by_item.entry(item).or_default()).insert(asset, answer);
        if old.is_none() {
            self.len += 1;
        }
        old
    }

    /// Removes the answer at `key`; returns it.
    pub fn remove(&mut self, key: &AnswerKey) -> Option<Answer> {
        let group = self.by_item.get_mut(&key.0)?;
        if !group.contains_key(&key.1) {
            return None;
        }
        let old = Arc::make_mut(group).remove(&key.1);
        if group.is_empty() {
            self.by_item.remove(&key.0);
        }
        self.len -= usize::from(old.is_some());
        old
    }

    /// Keeps only the answers `keep` says yes to.
    pub fn retain(&mut self, mut keep: impl FnMut(&ItemId, &AssetId, &Answer) -> bool) {
        for (item, group) in self.by_item.iter_mut() {
            if group.iter().all(|(asset, a)| keep(item, asset, a)) {
                continue;
            }
            Arc::make_mut(group).retain(|asset, a| keep(item, asset, a));
        }
        self.by_item.retain(|_, g| !g.is_empty());
        self.len = self.by_item.values().map(|g| g.len()).sum();
    }

    /// Removes every answer.
    pub fn clear(&mut self) {
        self.by_item.clear();
        self.len = 0;
    }

    /// Every answer with its key, in (item, asset) order.
    pub fn iter(&self) -> impl Iterator<Item = ((&ItemId, &AssetId), &Answer)> + '_ {
        self.by_item
            .iter()
            .flat_map(|(item, g)| g.iter().map(move |(asset, a)| ((item, asset), a)))
    }

    /// Every answer with its key, to change, in (item, asset) order (every group is copied first
    /// if shared).
    pub fn iter_mut(&mut self) -> impl Iterator<Item = ((&ItemId, &AssetId), &mut Answer)> + '_ {
        self.by_item.iter_mut().flat_map(|(item, g)| {
            Arc::make_mut(g)
                .iter_mut()
                .map(move |(asset, a)| ((item, asset), a))
        })
    }

    /// Each item's answers, in item order: a group is the same (`Arc::ptr_eq`) in a clone until
    /// one of its answers changes there.
    pub fn groups(&self) -> impl Iterator<Item = (&ItemId, &Arc<AnswerGroup>)> + '_ {
        self.by_item.iter()
    }

    /// Every key, in order.
    pub fn keys(&self) -> impl Iterator<Item = (&ItemId, &AssetId)> + '_ {
        self.iter().map(|(k, _)| k)
    }

    /// Every answer, in key order.
    pub fn values(&self) -> impl Iterator<Item = &Answer> + '_ {
        self.by_item.values().flat_map(|g| g.values())
    }

    /// Every answer, to change.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut Answer> + '_ {
        self.iter_mut().map(|(_, a)| a)
    }
}

impl FromIterator<(AnswerKey, Answer)> for Answers {
    fn from_iter<I: IntoIterator<Item = (AnswerKey, Answer)>>(iter: I) -> Self {
        let mut answers = Answers::new();
        answers.extend(iter);
        answers
    }
}

impl Extend<(AnswerKey, Answer)> for Answers {
    fn extend<I: IntoIterator<Item = (AnswerKey, Answer)>>(&mut self, iter: I) {
        for (key, answer) in iter {
            self.insert(key, answer);
        }
    }
}

impl<'a> IntoIterator for &'a Answers {
    type Item = ((&'a ItemId, &'a AssetId), &'a Answer);
    type IntoIter = Box<dyn Iterator<Item = Self::Item> + 'a>;
    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

impl std::ops::Index<&AnswerKey> for Answers {
    type Output = Answer;
    /// Panics when there is no answer at `key` (as a map's index does); for tests and for keys
    /// just checked.
    fn index(&self, key: &AnswerKey) -> &Answer {
        match self.get(key) {
            Some(a) => a,
            None => panic!("no answer for {key:?}"), // allow-panic
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(item: &str, asset: &str) -> AnswerKey {
        (item.into(), asset.into())
    }

    fn note(text: &str) -> Answer {
        Answer {
            note: text.to_string(),
            ..Answer::default()
        }
    }

    #[test]
    fn behaves_as_a_map_keyed_by_the_pair() {
        let mut a = Answers::new();
        let mut plain = BTreeMap::new();
        let keys = [
            key("B2", "g-1"),
            key("A1", "unit"),
            key("B2", "app-1"),
            key("A10", "unit"),
            key("B2", "g-1"),
        ];
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(
                a.insert(k.clone(), note(&i.to_string())),
                plain.insert(k.clone(), note(&i.to_string()))
            );
        }
        assert_eq!(a.len(), plain.len());
        let ours: Vec<_> = a
            .iter()
            .map(|((i, s), x)| (i.clone(), s.clone(), x.clone()))
            .collect();
        let theirs: Vec<_> = plain
            .iter()
            .map(|((i, s), x)| (i.clone(), s.clone(), x.clone()))
            .collect();
        assert_eq!(ours, theirs);
        assert_eq!(
            a.remove(&key("B2", "app-1")),
            plain.remove(&key("B2", "app-1"))
        );
        assert_eq!(a.remove(&key("B2", "app-1")), None);
        assert_eq!(a.len(), 3);
        a.retain(|item, _, _| item.as_str() != "B2");
        assert_eq!(a.len(), 2);
        assert!(a.get(&key("B2", "g-1")).is_none());
        a.get_or_default(key("C1", "unit")).note = "新".into();
        a.get_or_default(key("C1", "unit")).note.push('的');
        assert_eq!(a.len(), 3);
        assert_eq!(
            a.get_by("C1", "unit").map(|x| x.note.as_str()),
            Some("新的")
        );
    }

    #[test]
    fn a_change_to_a_clone_copies_only_its_item_and_leaves_the_original() {
        let mut a: Answers = (0..50)
            .flat_map(|i| {
                (0..20).map(move |s| (key(&format!("I{i}"), &format!("s{s}")), note("原")))
            })
            .collect();
        let before = a.clone();
        let b = a.clone();
        if let Some(x) = a.get_mut(&key("I3", "s4")) {
            x.note = "改".into();
        }
        assert_eq!(b, before);
        assert_ne!(a, before);
        // Every other item's group is still the one the clone holds.
        let shared = a
            .by_item
            .iter()
            .filter(|(item, g)| Arc::ptr_eq(g, &b.by_item[*item]))
            .count();
        assert_eq!(shared, 49);
    }
}
