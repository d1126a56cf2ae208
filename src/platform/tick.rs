//! Giving the browser a turn: long work (the roll-up of thousands of files) runs in slices and
//! awaits [`next_tick`] between them, so input, painting and the cancel button stay responsive.

/// Milliseconds since the page loaded (high resolution); 0 when unavailable.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Resolves on a later turn of the event loop: a message to itself through a `MessageChannel`,
/// a task of its own, so input and drawing get their turn before it as they do before a timer.
/// A zero-delay timer is held back 4 ms once timers nest (the HTML standard's clamp), about 90
/// times per 1,000 files in the roll-up; it stays as the fallback.
pub async fn next_tick() {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        gloo_timers::future::TimeoutFuture::new(0).await;
        return;
    };
    let (receive, send) = (channel.port1(), channel.port2());
    let arrived = js_sys::Promise::new(&mut |resolve, _reject| {
        receive.set_onmessage(Some(&resolve));
    });
    if send.post_message(&wasm_bindgen::JsValue::NULL).is_err() {
        gloo_timers::future::TimeoutFuture::new(0).await;
        return;
    }
    // The promise only resolves; a rejection cannot happen and would also mean "go on".
    let _ = wasm_bindgen_futures::JsFuture::from(arrived).await;
    receive.set_onmessage(None);
}

/// Sets the Performance mark `name` (replacing an earlier one of that name).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        p.clear_marks_with_mark_name(name);
        let _ = p.mark(name);
    }
}

/// Measures `measure` from mark `start` to now, when `start` was set.
pub fn measure_since(measure: &str, start: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        if p.get_entries_by_name_with_entry_type(start, "mark")
            .length()
            > 0
        {
            let _ = p.measure_with_start_mark(measure, start);
        }
    }
}

/// Resolves once the browser has had the chance to paint what changed: a task after the next
/// animation frame, or after 100 ms when no frame comes (a hidden tab draws none).
pub async fn after_paint() {
    use wasm_bindgen::JsCast;
    let painted = js_sys::Promise::new(&mut |resolve, _reject| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            return;
        };
        let (w, on_time) = (window.clone(), resolve.clone());
        let on_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&on_time, 0);
        });
        if window
            .request_animation_frame(on_frame.unchecked_ref())
            .is_err()
        {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
    });
    // The promise only resolves (a second resolve does nothing).
    let _ = wasm_bindgen_futures::JsFuture::from(painted).await;
}
