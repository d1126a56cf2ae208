//! A draft's stored text (the compact saved-file JSON), rebuilt on each save from pieces: the text
//! of each item's answers is kept while that item's answers are unchanged (the same shared group,
//! see [`crate::model::Answers`]), so a save after one answer serialises one item's answers and the
//! rest of the file, not all ~20,000 answers of a 500 + 500 unit (issue #20). The text is exactly
//! what [`super::to_stored_json`] writes (tested below and in `core/tests/stored_text.rs`).
//!
//! The same pieces are the parts a large draft is stored in ([`crate::store`]): the file's start,
//! the inventory, one part per item's answers and the end, each named by a hash of its text, so a
//! save writes only the parts that changed.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use sha2::{Digest, Sha256};

use super::{to_stored_json, SavedFile, FORMAT_VERSION};
use crate::model::{AnswerGroup, AnswerRecord, Assessment, DraftId, ItemId};
use crate::pack::Pack;

/// Where the answers go in the text of a file saved without them.
const NO_ANSWERS: &str = "\"answers\":[]";

/// Where the inventory starts in the text of a file saved without answers.
const INVENTORY: &str = "\"inventory\":";

/// One part of a stored text: a slice of it, in order, named by a hash of its text that is
/// computed only when asked for (a draft written whole never needs it) and then kept.
#[derive(Debug, Clone)]
pub struct Part(Arc<PartData>);

#[derive(Debug)]
struct PartData {
    text: String,
    hash: OnceLock<String>,
}

impl Part {
    fn new(text: String) -> Self {
        Part(Arc::new(PartData {
            text,
            hash: OnceLock::new(),
        }))
    }

    /// `text` as a part, keeping `seen` (and its hash) when the text is the same.
    fn reuse(seen: Option<Part>, text: &str) -> Self {
        match seen {
            Some(p) if p.text() == text => p,
            _ => Part::new(text.to_string()),
        }
    }

    /// The text; all parts joined in order are the stored text.
    pub fn text(&self) -> &str {
        &self.0.text
    }

    /// The first 16 hex digits of the SHA-256 of the text.
    pub fn hash(&self) -> &str {
        self.0.hash.get_or_init(|| {
            let digest = Sha256::digest(self.0.text.as_bytes());
            digest[..8].iter().map(|b| format!("{b:02x}")).collect()
        })
    }
}

/// The text of each item's answers at the last save of one draft.
#[derive(Debug, Default)]
pub struct StoredText {
    draft: Option<DraftId>,
    /// Per item: the answers seen, whether the piece starts with the list's comma, the piece.
    pieces: HashMap<ItemId, (Arc<AnswerGroup>, bool, Part)>,
    /// The file's start, its inventory and what follows the answers at the last save.
    start: Option<Part>,
    inventory: Option<Part>,
    end: Option<Part>,
}

impl StoredText {
    /// Nothing kept yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// The stored text of `assessment` answered against `pack`, reusing the text of every item
    /// whose answers are the ones seen at the last call for this draft.
    pub fn text(&mut self, pack: &Pack, assessment: &Assessment) -> String {
        let parts = self.parts(pack, assessment);
        joined(&parts)
    }

    /// The stored text of `assessment` as parts (see [`Part`]): the file's start, its inventory,
    /// each item's answers (after the first, with the list's comma in front) and the rest.
    pub fn parts(&mut self, pack: &Pack, assessment: &Assessment) -> Vec<Part> {
        if self.draft.as_ref() != Some(&assessment.id) {
            *self = StoredText::default();
            self.draft = Some(assessment.id.clone());
        }
        let file = SavedFile {
            format_version: FORMAT_VERSION,
            pack_id: pack.id.clone(),
            pack_version: pack.version.clone(),
            assessment: assessment.to_body_with(Vec::new()),
        };
        // Serialising plain structs with string-keyed maps cannot fail; every user string is
        // escaped, so the first `"answers":[]` is the body's own field (fields before it have no
        // such key), and the first `"inventory":` before it the inventory's. Should either ever
        // not hold, the whole file is one part written the plain way.
        let head = serde_json::to_string(&file).unwrap_or_default();
        let Some(at) = head.find(NO_ANSWERS) else {
            let draft = self.draft.take();
            *self = StoredText {
                draft,
                ..StoredText::default()
            };
            return vec![Part::new(to_stored_json(pack, assessment))];
        };
        let open = at + NO_ANSWERS.len() - 1;
        let inventory = head[..open].find(INVENTORY).unwrap_or(open);
        let start = Part::reuse(self.start.take(), &head[..inventory]);
        let inventory = Part::reuse(self.inventory.take(), &head[inventory..open]);
        let mut out = Vec::with_capacity(self.pieces.len() + 3);
        out.push(start.clone());
        out.push(inventory.clone());
        let mut pieces = HashMap::with_capacity(self.pieces.len().max(8));
        for (n, (item, group)) in assessment.answers.groups().enumerate() {
            let comma = n > 0;
            let piece = match self.pieces.remove(item) {
                Some((seen, c, part)) if c == comma && Arc::ptr_eq(&seen, group) => part,
                _ => Part::new(piece_of(item, group, comma)),
            };
            out.push(piece.clone());
            pieces.insert(item.clone(), (Arc::clone(group), comma, piece));
        }
        let end = Part::reuse(self.end.take(), &head[open..]);
        out.push(end.clone());
        self.pieces = pieces;
        self.end = Some(end);
        self.start = Some(start);
        self.inventory = Some(inventory);
        out
    }
}

/// `parts` joined: the stored text.
pub fn joined(parts: &[Part]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.text().len()).sum());
    for p in parts {
        out.push_str(p.text());
    }
    out
}

/// The records of one item's answers as they appear in the file's `answers` list.
fn piece_of(item: &ItemId, group: &AnswerGroup, comma: bool) -> String {
    let records: Vec<AnswerRecord> = group
        .iter()
        .map(|(asset, answer)| AnswerRecord {
            item: item.clone(),
            asset: asset.clone(),
            answer: answer.clone(),
        })
        .collect();
    let list = serde_json::to_string(&records).unwrap_or_default();
    let inner = list
        .get(1..list.len().saturating_sub(1))
        .unwrap_or_default();
    if comma {
        format!(",{inner}")
    } else {
        inner.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Answer;

    fn pack() -> &'static Pack {
        crate::pack::embedded().expect("the embedded pack parses")
    }

    #[test]
    fn the_text_is_the_plain_one_through_edits_and_a_change_of_draft() {
        let pack = pack();
        let mut a = Assessment {
            id: "d1".into(),
            ..Assessment::default()
        };
        let mut cache = StoredText::new();
        assert_eq!(cache.text(pack, &a), to_stored_json(pack, &a));
        for (n, (item, asset)) in [
            ("B4.1", "app-1"),
            ("A1.1", "unit"),
            ("B4.1", "app-2"),
            ("B4.1", "app-1"),
        ]
        .into_iter()
        .enumerate()
        {
            let before = a.clone();
            a.answers.insert(
                (item.into(), asset.into()),
                Answer {
                    note: format!("第{n}次 \"answers\":[] 引号"),
                    ..Answer::default()
                },
            );
            assert_eq!(cache.text(pack, &a), to_stored_json(pack, &a));
            // The earlier state, as a reload of a different version would give, is still right.
            assert_eq!(cache.text(pack, &before), to_stored_json(pack, &before));
        }
        a.answers.remove(&("A1.1".into(), "unit".into()));
        assert_eq!(cache.text(pack, &a), to_stored_json(pack, &a));
        let other = Assessment {
            id: "d2".into(),
            ..a.clone()
        };
        assert_eq!(cache.text(pack, &other), to_stored_json(pack, &other));
    }
}
