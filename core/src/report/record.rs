//! 自查底稿 · 定稿与修改记录: the finalisation state and the change log as display text — who
//! finalised, when, with which fingerprint, and for every reopening its reason, time, the
//! fingerprints before and after and the answers that changed.

use crate::engine::AssetRef;
use crate::finalise::time_text;
use crate::fingerprint::short;
use crate::model::{AnswerRef, Assessment, UNIT_ASSET};

/// One reopening, as display text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordEntry {
    /// 1-based number.
    pub no: usize,
    /// When it was reopened, `YYYY-MM-DD hh:mm`.
    pub at: String,
    /// Why, as typed.
    pub reason: String,
    /// Short fingerprint before.
    pub before: String,
    /// Short fingerprint after finalising again, or 尚未重新定稿.
    pub after: String,
    /// The answers that changed, as `item 对象`; empty while open or when none changed.
    pub changed: Vec<String>,
}

/// The section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordSection {
    /// Whether the self-check is finalised now.
    pub finalised: bool,
    /// One line on the state, e.g. 已定稿 / 未定稿 / 已重新打开,修改中.
    pub status: String,
    /// 填报人 as typed at finalising (empty when not finalised).
    pub assessor: String,
    /// 审核人 as typed (empty when not finalised or left blank).
    pub reviewer: String,
    /// Finalising time, `YYYY-MM-DD hh:mm` (empty when not finalised).
    pub at: String,
    /// Short fingerprint recorded at finalising (empty when not finalised).
    pub fingerprint: String,
    /// Every reopening, oldest first.
    pub entries: Vec<RecordEntry>,
}

/// The display label of the asset an answer is about (its id when no longer in the inventory).
fn asset_label(a: &Assessment, id: &str) -> String {
    let inv = &a.inventory;
    let found = match id {
        UNIT_ASSET => Some(AssetRef::Unit(&a.profile)),
        _ => (inv.apps.iter().find(|x| x.id == id).map(AssetRef::App))
            .or_else(|| {
                inv.accounts
                    .iter()
                    .find(|x| x.id == id)
                    .map(AssetRef::Account)
            })
            .or_else(|| inv.groups.iter().find(|x| x.id == id).map(AssetRef::Group)),
    };
    found.map_or_else(|| id.to_string(), AssetRef::label)
}

fn answer_text(a: &Assessment, r: &AnswerRef) -> String {
    format!("{} {}", r.item, asset_label(a, &r.asset))
}

/// The section for `a`.
pub(crate) fn record(a: &Assessment) -> RecordSection {
    let f = &a.finalisation;
    let reopened = f.log.last().is_some_and(|r| r.is_open());
    let status = match (&f.finalised, reopened) {
        (Some(_), _) => "已定稿(内容只读)",
        (None, true) => "已重新打开,修改中(尚未重新定稿)",
        (None, false) => "未定稿",
    };
    let entries = f
        .log
        .iter()
        .enumerate()
        .map(|(i, r)| RecordEntry {
            no: i + 1,
            at: time_text(&r.at),
            reason: r.reason.clone(),
            before: short(&r.before).to_string(),
            after: match r.is_open() {
                true => "尚未重新定稿".to_string(),
                false => short(&r.after).to_string(),
            },
            changed: r.changed.iter().map(|c| answer_text(a, c)).collect(),
        })
        .collect();
    let done = f.finalised.as_ref();
    let text = |get: fn(&crate::model::Finalised) -> String| done.map(get).unwrap_or_default();
    RecordSection {
        finalised: done.is_some(),
        status: status.to_string(),
        assessor: text(|d| d.assessor.clone()),
        reviewer: text(|d| d.reviewer.clone()),
        at: text(|d| time_text(&d.at)),
        fingerprint: text(|d| short(&d.fingerprint).to_string()),
        entries,
    }
}
