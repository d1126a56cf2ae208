//! Minimal civil-date arithmetic on `YYYY-MM-DD` strings: enough for "days since", without a date crate.

/// Days since 1970-01-01 for a `YYYY-MM-DD` date, or `None` if it is not a valid date.
pub fn days_from_iso(date: &str) -> Option<i64> {
    let mut parts = date.trim().splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) || !(1900..=9999).contains(&y) {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

/// Whole days from `earlier` to `later`, or `None` if either is not a valid date.
pub fn days_between(earlier: &str, later: &str) -> Option<i64> {
    Some(days_from_iso(later)? - days_from_iso(earlier)?)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Howard Hinnant's days-from-civil algorithm.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The `YYYY-MM-DD` date `days` after 1970-01-01 (Howard Hinnant's civil-from-days), for
/// years 1900..=9999; `None` outside them.
pub fn iso_from_days(days: i64) -> Option<String> {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (1900..=9999)
        .contains(&y)
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_and_known_dates() {
        assert_eq!(days_from_iso("1970-01-01"), Some(0));
        assert_eq!(days_from_iso("2000-03-01"), Some(11_017));
        assert_eq!(days_between("2024-02-28", "2024-03-01"), Some(2));
        assert_eq!(days_between("2023-02-28", "2023-03-01"), Some(1));
    }

    #[test]
    fn days_turn_back_into_the_same_dates() {
        for date in [
            "1970-01-01",
            "2000-02-29",
            "2026-12-31",
            "1900-01-01",
            "2100-03-01",
        ] {
            let days = days_from_iso(date).unwrap();
            assert_eq!(iso_from_days(days).as_deref(), Some(date));
        }
        assert_eq!(iso_from_days(-80_000), None);
    }

    #[test]
    fn rejects_invalid_dates() {
        for bad in [
            "",
            "2024-13-01",
            "2023-02-29",
            "2024-04-31",
            "abc",
            "2024-1",
            "0000-01-01",
        ] {
            assert_eq!(days_from_iso(bad), None, "{bad}");
        }
    }
}
