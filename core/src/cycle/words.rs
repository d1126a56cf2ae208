//! One side of a compared row in plain words: the status, the answer as the report writes it,
//! and the note.

use crate::engine::{effective_value, AssetRef, Finding, Status};
use crate::model::Assessment;
use crate::pack::{Item, Scope};
use crate::report::value_text;

/// One check's side of a row.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    /// The status.
    pub status: Status,
    /// Its label.
    pub status_label: &'static str,
    /// The answer in words, e.g. 否; 未作答; with (待复核) when provisional.
    pub answer: String,
    /// The unit's note; empty when none.
    pub note: String,
}

fn asset<'a>(a: &'a Assessment, scope: Scope, id: &str) -> Option<AssetRef<'a>> {
    let inv = &a.inventory;
    match scope {
        Scope::Unit => Some(AssetRef::Unit(&a.profile)),
        Scope::App => inv.apps.iter().find(|x| x.id == id).map(AssetRef::App),
        Scope::Account => inv
            .accounts
            .iter()
            .find(|x| x.id == id)
            .map(AssetRef::Account),
        Scope::Group => inv.groups.iter().find(|x| x.id == id).map(AssetRef::Group),
    }
}

/// The suffix a provisional answer's words carry.
const HELD: &str = "(待复核)";

impl Side {
    /// The answer's words without the 待复核 mark.
    pub fn words(&self) -> &str {
        self.answer.strip_suffix(HELD).unwrap_or(&self.answer)
    }
}

/// The side of finding `f` of `item` in `a`.
pub fn answer_words(item: &Item, a: &Assessment, f: &Finding) -> Side {
    let t = &f.target;
    let held = a.answer(&t.item, &t.asset);
    let value = match asset(a, t.scope, &t.asset) {
        Some(asset) => effective_value(item, asset, held, &a.inventory).0,
        None => held.and_then(|x| x.value.clone()),
    };
    let mut answer = match value {
        Some(v) => value_text(&item.answer, &v),
        None => "未作答".to_string(),
    };
    if f.provisional {
        answer.push_str(HELD);
    }
    Side {
        status: f.status,
        status_label: f.status.label(),
        answer,
        note: held.map(|x| x.note.trim().to_string()).unwrap_or_default(),
    }
}
