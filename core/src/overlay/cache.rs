//! The merged packs the app runs drafts on, built once per set of overlays and kept for the
//! life of the page, so views can hold `&'static Pack` like they do for the national pack.

use std::sync::Mutex;

use super::error::OverlayError;
use super::merge::apply;
use super::model::Overlay;
use crate::pack::Pack;

type Entry = (Vec<String>, &'static Pack);

static MERGED: Mutex<Vec<Entry>> = Mutex::new(Vec::new());

/// `national` with `overlays` merged, shared: the same overlays (by id and hash) give the same
/// pack. With no overlays this is `national` itself. A page meets a handful of overlay sets, so
/// the packs kept are few and small.
pub fn effective(
    national: &'static Pack,
    overlays: &[Overlay],
) -> Result<&'static Pack, Vec<OverlayError>> {
    if overlays.is_empty() {
        return Ok(national);
    }
    let key: Vec<String> = std::iter::once(format!("{}@{}", national.id, national.version))
        .chain(overlays.iter().map(|o| format!("{}#{}", o.id, o.hash)))
        .collect();
    let mut merged = MERGED
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, pack)) = merged.iter().find(|(k, _)| *k == key) {
        return Ok(pack);
    }
    let pack: &'static Pack = Box::leak(Box::new(apply(national, overlays)?));
    merged.push((key, pack));
    Ok(pack)
}
