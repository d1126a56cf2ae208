//! Giving the browser a turn: long work (the roll-up of thousands of files) runs in slices and
//! awaits [`next_tick`] between them, so input, painting and the cancel button stay responsive.

/// Milliseconds since the page loaded (high resolution); 0 when unavailable.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Resolves on a later turn of the event loop (a zero-delay timer).
pub async fn next_tick() {
    gloo_timers::future::TimeoutFuture::new(0).await;
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
