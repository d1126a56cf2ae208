//! Today's date from the system clock (UTC), as `YYYY-MM-DD`, without a date crate.

use std::time::{SystemTime, UNIX_EPOCH};

/// The civil date of `days` since 1970-01-01 (Howard Hinnant's algorithm).
pub fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Today, UTC.
pub fn today() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = civil(i64::try_from(secs / 86_400).unwrap_or(0));
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_round_trip_with_core() {
        for date in ["1970-01-01", "2000-02-29", "2026-12-01", "2100-03-01"] {
            let days = fingertip_core::date::days_from_iso(date).expect("valid");
            let (y, m, d) = civil(days);
            assert_eq!(format!("{y:04}-{m:02}-{d:02}"), date);
        }
    }
}
