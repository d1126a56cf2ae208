//! Provisional answers (待复核 / 待确认): one mechanism for an answer that is shown but not
//! counted as answered until the unit confirms it. The engine judges such a row as 未作答
//! (`Finding::provisional` tells the view why); changing the value or confirming it makes it
//! an ordinary answer.

use crate::model::{Answer, Assessment};

/// `new` as stored over `old`: a changed value is the unit's own answer, so it is no longer
/// provisional; an edit of notes or evidence alone leaves the flag as it was.
pub fn settle(old: Option<&Answer>, mut new: Answer) -> Answer {
    if old.is_some_and(|o| o.provisional) && old.map(|o| &o.value) != Some(&new.value) {
        new.provisional = false;
    }
    if !new.provisional {
        new.suggested = None;
    }
    new
}

/// Confirms the provisional answer of `item` for `asset` (every asset when `None`); returns
/// whether anything changed.
pub fn confirm(a: &mut Assessment, item: &str, asset: Option<&str>) -> bool {
    let mut changed = false;
    for ((i, s), answer) in a.answers.iter_mut() {
        if i == item && asset.is_none_or(|x| x == s) && answer.provisional {
            answer.provisional = false;
            answer.suggested = None;
            changed = true;
        }
    }
    changed
}

/// Confirms every provisional answer of the items in `items` (e.g. one part).
pub fn confirm_items(a: &mut Assessment, items: &[String]) -> bool {
    let mut changed = false;
    for item in items {
        changed |= confirm(a, item, None);
    }
    changed
}

/// How many answers are still provisional.
pub fn provisional_count(a: &Assessment) -> usize {
    a.answers.values().filter(|x| x.provisional).count()
}
