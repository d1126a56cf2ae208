//! `localStorage` as core's [`KeyValue`]: the only code that touches browser storage. It turns
//! browser failures into [`StoreError`] (keeping the browser's words for the diagnostics page),
//! and remembers the text it last wrote at each key so a save can ask whether storage still
//! holds it without copying it back (`KeyValue::holds`).
//!
//! Why not `gloo-storage`: it stores every value JSON-encoded (our drafts are stored as their
//! saved-file text, so it would change the stored format), and its `raw()`, `length()` and
//! `delete()` call `expect_throw`, which traps the wasm exactly when storage is disabled — the
//! case this app must survive. `web_sys::Storage` returns every failure as a value.

use std::cell::RefCell;
use std::collections::HashMap;

use fingertip_core::store::{KeyValue, StoreError};
use wasm_bindgen::JsCast;

thread_local! {
    /// The browser's words for the last storage failure, for the diagnostics page only.
    static LAST_DETAIL: RefCell<String> = const { RefCell::new(String::new()) };
}

fn note(e: &StoreError) {
    LAST_DETAIL.with(|d| *d.borrow_mut() = format!("{e:?}"));
}

/// The last storage failure as the browser reported it (empty when none), for diagnostics.
pub fn last_failure_detail() -> String {
    LAST_DETAIL.with(|d| d.borrow().clone())
}

/// Browser `localStorage`, looked up on every call (it can disappear, e.g. when cleared by policy).
#[derive(Debug, Default)]
pub struct BrowserStore {
    /// The text last written at each key, as the browser holds it: a save asks whether storage
    /// still holds it (another tab may have saved) by comparing in the browser, and hands the same
    /// string to the durable mirror, instead of copying megabytes between wasm and the page.
    written: HashMap<String, Written>,
}

/// A value this tab wrote: its length and hash (to recognise it), and the browser's string.
#[derive(Debug)]
struct Written {
    len: usize,
    hash: u64,
    text: wasm_bindgen::JsValue,
}

fn digest(value: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(value.as_bytes());
    h.finish()
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `localStorage`, seen through the two calls that take or give a string as a browser value.
    #[wasm_bindgen(extends = js_sys::Object)]
    type TextStorage;
    /// `Storage.setItem` with a string already in the browser.
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_item_value(
        this: &TextStorage,
        key: &str,
        value: &wasm_bindgen::JsValue,
    ) -> Result<(), wasm_bindgen::JsValue>;
    /// `Storage.getItem`, left in the browser.
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item_value(
        this: &TextStorage,
        key: &str,
    ) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
}

impl BrowserStore {
    /// The browser's copy of the text this tab last wrote at `key`.
    pub(super) fn written(&self, key: &str) -> Option<&wasm_bindgen::JsValue> {
        self.written.get(key).map(|w| &w.text)
    }
}

fn storage() -> Result<web_sys::Storage, StoreError> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(s))) => Ok(s),
        _ => Err(StoreError::Unavailable),
    }
}

fn classify(err: wasm_bindgen::JsValue) -> StoreError {
    let e = match err.dyn_ref::<web_sys::DomException>() {
        Some(e) if is_quota(e) => StoreError::QuotaExceeded,
        Some(e) if e.name() == "SecurityError" => StoreError::Unavailable,
        Some(e) => StoreError::Other {
            detail: format!("{}: {}", e.name(), e.message()),
        },
        None => StoreError::Other {
            detail: format!("{err:?}"),
        },
    };
    note(&e);
    e
}

/// Chromium and Safari say `QuotaExceededError`, old Firefox `NS_ERROR_DOM_QUOTA_REACHED`; code 22 is shared.
fn is_quota(e: &web_sys::DomException) -> bool {
    matches!(
        e.name().as_str(),
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED"
    ) || e.code() == 22
}

impl KeyValue for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        storage()?.get_item(key).map_err(classify)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        let text = wasm_bindgen::JsValue::from_str(value);
        // Whatever happens, the old text may no longer be what storage holds.
        self.written.remove(key);
        storage()?
            .unchecked_ref::<TextStorage>()
            .set_item_value(key, &text)
            .map_err(classify)?;
        let (len, hash) = (value.len(), digest(value));
        self.written
            .insert(key.to_string(), Written { len, hash, text });
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.written.remove(key);
        storage()?.remove_item(key).map_err(classify)
    }

    fn holds(&self, key: &str, value: &str) -> Result<bool, StoreError> {
        match self.written.get(key) {
            Some(w) if w.len == value.len() && w.hash == digest(value) => {
                let stored = storage()?
                    .unchecked_ref::<TextStorage>()
                    .get_item_value(key)
                    .map_err(classify)?;
                // Two strings of the browser compare by content.
                Ok(stored == w.text)
            }
            _ => Ok(self.get(key)?.as_deref() == Some(value)),
        }
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let s = storage()?;
        let n = s.length().map_err(classify)?;
        Ok((0..n).filter_map(|i| s.key(i).ok().flatten()).collect())
    }
}
