//! The browser clock and entropy: timestamps, today's date, fresh draft ids.

/// Now as ISO 8601 UTC, e.g. `2026-11-21T06:05:40.123Z`.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Now as ISO 8601 local time with its offset, e.g. `2026-11-21T14:05:40+08:00`: the time the
/// user saw, kept in finalisation records and the change log.
pub fn now_local_iso() -> String {
    let d = js_sys::Date::new_0();
    // getTimezoneOffset is minutes *behind* UTC, whole minutes in practice.
    let offset = -(d.get_timezone_offset() as i64);
    let (sign, offset) = if offset < 0 {
        ('-', -offset)
    } else {
        ('+', offset)
    };
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes(),
        d.get_seconds(),
        offset / 60,
        offset % 60
    )
}

/// Today's local date as `YYYY-MM-DD`.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Local time of an ISO timestamp as `hh:mm:ss` (for "已保存 hh:mm:ss").
pub fn local_time(iso: &str) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if d.get_time().is_nan() {
        return String::new();
    }
    format!(
        "{:02}:{:02}:{:02}",
        d.get_hours(),
        d.get_minutes(),
        d.get_seconds()
    )
}

/// Local date and time of an ISO timestamp as `YYYY-MM-DD hh:mm`.
pub fn local_date_time(iso: &str) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if d.get_time().is_nan() {
        return String::new();
    }
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// A fresh draft id: time plus randomness, unique within a browser in practice.
pub fn new_draft_id() -> fingertip_core::model::DraftId {
    let t = js_sys::Date::now() as u64;
    let r = (js_sys::Math::random() * 1_000_000.0) as u64;
    format!("d{t:x}{r:05x}").into()
}
