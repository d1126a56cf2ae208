//! The durable mirror of saved drafts (`static/durable-mirror.js`, IndexedDB with strict
//! durability): after each successful localStorage save the draft's text is handed to it, and a
//! deleted draft is removed from it. Best effort: without the script or IndexedDB nothing happens.

use wasm_bindgen::{JsCast, JsValue};

fn call(method: &str, args: &[&str]) {
    let args: Vec<JsValue> = args.iter().map(|a| JsValue::from_str(a)).collect();
    call_with(method, &args);
}

fn call_with(method: &str, args: &[JsValue]) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(mirror) = js_sys::Reflect::get(&window, &"fingertipDurable".into()) else {
        return;
    };
    let Some(f) = js_sys::Reflect::get(&mirror, &method.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return;
    };
    let args: js_sys::Array = args.iter().collect();
    let _ = f.apply(&mirror, &args);
}

/// Mirrors `raw`, the text just stored at `key`.
pub fn put(key: &str, raw: &str) {
    call("put", &[key, raw]);
}

/// Mirrors `text`, the browser's copy of the text just stored at `key`.
pub fn put_value(key: &str, text: &JsValue) {
    call_with("put", &[JsValue::from_str(key), text.clone()]);
}

/// Removes `key` from the mirror.
pub fn remove(key: &str) {
    call("remove", &[key]);
}
