//! The practice round between visits, in localStorage under its own key (apart from drafts, so a
//! training session never shows up as a self-check). A failing storage just means the round is not
//! kept: practice goes on in memory.

use fingertip_core::training::{Case, RoundRecord};

/// The key of the stored round (under the settings prefix: exported with settings, never a draft).
const KEY: &str = "fingertip/settings/practice-round";

fn storage() -> Option<web_sys::Storage> {
    gloo_utils::window().local_storage().ok().flatten()
}

/// The stored round fitted to `cases`, or a fresh one.
pub fn load(cases: &[Case]) -> RoundRecord {
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
