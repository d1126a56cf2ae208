//! A draft's stored text (the compact saved-file JSON), rebuilt on each save from pieces: the text
//! of each item's answers is kept while that item's answers are unchanged (the same shared group,
//! see [`crate::model::Answers`]), so a save after one answer serialises one item's answers and the
//! rest of the file, not all ~20,000 answers of a 500 + 500 unit (issue #20). The text is exactly
//! what [`super::to_stored_json`] writes (tested below and in `core/tests/stored_text.rs`).

use std::collections::HashMap;
use std::sync::Arc;

use super::{to_stored_json, SavedFile, FORMAT_VERSION};
use crate::model::{AnswerGroup, AnswerRecord, Assessment, DraftId, ItemId};
use crate::pack::Pack;

/// Where the answers go in the text of a file saved without them.
const NO_ANSWERS: &str = "\"answers\":[]";

/// The text of each item's answers at the last save of one draft.
#[derive(Debug, Default)]
pub struct StoredText {
    draft: Option<DraftId>,
    pieces: HashMap<ItemId, (Arc<AnswerGroup>, String)>,
}

impl StoredText {
    /// Nothing kept yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// The stored text of `assessment` answered against `pack`, reusing the text of every item
    /// whose answers are the ones seen at the last call for this draft.
    pub fn text(&mut self, pack: &Pack, assessment: &Assessment) -> String {
        if self.draft.as_ref() != Some(&assessment.id) {
            self.pieces.clear();
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
        // such key). Should either ever not hold, the whole file is written the plain way.
        let head = serde_json::to_string(&file).unwrap_or_default();
        let Some(at) = head.find(NO_ANSWERS) else {
            self.pieces.clear();
            return to_stored_json(pack, assessment);
        };
        let open = at + NO_ANSWERS.len() - 1;
        let mut pieces = HashMap::with_capacity(self.pieces.len().max(8));
        let mut out = String::with_capacity(
            head.len() + self.pieces.values().map(|p| p.1.len() + 1).sum::<usize>(),
        );
        out.push_str(&head[..open]);
        for (n, (item, group)) in assessment.answers.groups().enumerate() {
            let piece = match self.pieces.remove(item) {
                Some((seen, text)) if Arc::ptr_eq(&seen, group) => text,
                _ => piece_of(item, group),
            };
            if n > 0 {
                out.push(',');
            }
            out.push_str(&piece);
            pieces.insert(item.clone(), (Arc::clone(group), piece));
        }
        out.push_str(&head[open..]);
        self.pieces = pieces;
        out
    }
}

/// The records of one item's answers as they appear in the file's `answers` list.
fn piece_of(item: &ItemId, group: &AnswerGroup) -> String {
    let records: Vec<AnswerRecord> = group
        .iter()
        .map(|(asset, answer)| AnswerRecord {
            item: item.clone(),
            asset: asset.clone(),
            answer: answer.clone(),
        })
        .collect();
    let list = serde_json::to_string(&records).unwrap_or_default();
    list.get(1..list.len().saturating_sub(1))
        .unwrap_or_default()
        .to_string()
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
