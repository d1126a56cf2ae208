//! The practice round and the trainer's pick of cases between visits, in localStorage under their
//! own keys (apart from drafts, so a training session never shows up as a self-check). A failing
//! storage just means they are not kept: training goes on in memory.

use fingertip_core::training::{Case, CaseSelection, RoundRecord};

/// The key of the stored round (under the settings prefix: exported with settings, never a draft).
const KEY: &str = "fingertip/settings/practice-round";
/// The key of the stored pick of cases.
const SELECTION_KEY: &str = "fingertip/settings/case-selection";

fn storage() -> Option<web_sys::Storage> {
    gloo_utils::window().local_storage().ok().flatten()
}

/// The stored pick of cases fitted to `cases`, or every case.
pub fn load_selection(cases: &[Case]) -> CaseSelection {
    storage()
        .and_then(|s| s.get_item(SELECTION_KEY).ok().flatten())
        .map_or_else(CaseSelection::default, |t| {
            CaseSelection::from_json(&t, cases)
        })
}

/// Keeps the pick of cases; a new pick starts the practice round afresh (its deck changed).
pub fn save_selection(selection: &CaseSelection) {
    let Some(s) = storage() else { return };
    let _ = s.remove_item(KEY);
    if selection.is_all() {
        let _ = s.remove_item(SELECTION_KEY);
    } else if let Ok(text) = serde_json::to_string(selection) {
        let _ = s.set_item(SELECTION_KEY, &text);
    }
}

/// The stored round fitted to `cases`, or a fresh one.
pub fn load<C: std::borrow::Borrow<Case>>(cases: &[C]) -> RoundRecord {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .map_or_else(RoundRecord::default, |t| RoundRecord::from_json(&t, cases))
}

/// Keeps `round`; a fresh round removes the key.
pub fn save(round: &RoundRecord) {
    let Some(s) = storage() else { return };
    if *round == RoundRecord::default() {
        let _ = s.remove_item(KEY);
        return;
    }
    if let Ok(text) = serde_json::to_string(round) {
        let _ = s.set_item(KEY, &text);
    }
}
