//! Loaded overlay packs (地方标准) in localStorage, one key per overlay:
//! `fingertip/overlay/<id>` holding its JSON form (with its content hash). Kept apart from the
//! draft store: drafts carry their own copies, so removing an overlay here never makes a draft
//! unreadable. Only this file touches these keys.

use fingertip_core::overlay::{self, Overlay};
use fingertip_core::pack::Pack;

/// Prefix of every overlay key.
pub const OVERLAY_PREFIX: &str = "fingertip/overlay/";

/// Why an overlay could not be stored or removed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OverlayStoreError {
    /// localStorage is unavailable.
    #[error("浏览器存储不可用(可能处于无痕模式或已被禁用),地方标准只在本次打开的页面中有效。")]
    Unavailable,
    /// The write or removal failed.
    #[error("浏览器存储出错(可能空间已满),地方标准没有保存。请删除不需要的草稿后重试。")]
    Failed,
}

fn storage() -> Result<web_sys::Storage, OverlayStoreError> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(s))) => Ok(s),
        _ => Err(OverlayStoreError::Unavailable),
    }
}

fn failed(_: wasm_bindgen::JsValue) -> OverlayStoreError {
    OverlayStoreError::Failed
}

/// Every stored overlay that still checks against `national`, in key order, and a line per
/// stored entry that does not (it stays stored, untouched, for the user to remove).
pub fn load_all(national: &Pack) -> (Vec<Overlay>, Vec<String>) {
    let Ok(s) = storage() else {
        return (Vec::new(), Vec::new());
    };
    let mut keys: Vec<String> = (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(OVERLAY_PREFIX))
        .collect();
    keys.sort();
    let (mut good, mut bad) = (Vec::new(), Vec::new());
    for key in keys {
        let Some(raw) = s.get_item(&key).ok().flatten() else {
            continue;
        };
        match overlay::load(&raw, national) {
            Ok(o) => good.push(o),
            Err(problems) => bad.push(format!(
                "已保存的地方标准 {} 无法使用:{}",
                &key[OVERLAY_PREFIX.len()..],
                problems
                    .first()
                    .map(ToString::to_string)
                    .unwrap_or_default()
            )),
        }
    }
    (good, bad)
}

/// Stores `o` under its id, replacing an older version of it.
pub fn save(o: &Overlay) -> Result<(), OverlayStoreError> {
    storage()?
        .set_item(&format!("{OVERLAY_PREFIX}{}", o.id), &overlay::to_json(o))
        .map_err(failed)
}

/// Removes overlay `id` from this browser (drafts keep their copies).
pub fn remove(id: &str) -> Result<(), OverlayStoreError> {
    storage()?
        .remove_item(&format!("{OVERLAY_PREFIX}{id}"))
        .map_err(failed)
}
