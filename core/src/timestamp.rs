//! A validated ISO 8601 timestamp (`YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`), the form the app
//! writes for `created`/`updated`. Parsing checks the calendar and the clock (no 2026-02-30, no
//! 25:61:61) and orders timestamps by the instant they name, so `…+08:00` and `…Z` compare
//! correctly, where comparing the strings did not.

use std::cmp::Ordering;
use std::fmt;

use crate::date::days_from_iso;

/// A point in time as written, with its instant in milliseconds since 1970 (UTC).
#[derive(Debug, Clone)]
pub struct Timestamp {
    text: String,
    utc_millis: i64,
}

impl Timestamp {
    /// Parses `text`; `None` unless it is a full, valid timestamp with a zone.
    pub fn parse(text: &str) -> Option<Self> {
        let t = text.trim();
        let (date, rest) = (t.get(..10)?, t.get(10..)?);
        let day = days_from_iso(date)?;
        if date.len() != 10 || !rest.starts_with('T') {
            return None;
        }
        let clock = rest.get(1..)?;
        let (h, m, s) = (
            num(clock.get(0..2)?)?,
            num(clock.get(3..5)?)?,
            num(clock.get(6..8)?)?,
        );
        if clock.get(2..3)? != ":" || clock.get(5..6)? != ":" || h > 23 || m > 59 || s > 59 {
            return None;
        }
        let mut tail = clock.get(8..)?;
        let mut millis = 0;
        if let Some(frac) = tail.strip_prefix('.') {
            let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            let first3 = format!("{:0<3}", frac.get(..digits.min(3))?);
            millis = num(&first3)?;
            tail = frac.get(digits..)?;
        }
        let offset_min = match tail {
            "Z" => 0,
            _ => {
                let sign = match tail.get(..1)? {
                    "+" => 1,
                    "-" => -1,
                    _ => return None,
                };
                let (oh, om) = (num(tail.get(1..3)?)?, num(tail.get(4..6)?)?);
                if tail.len() != 6 || tail.get(3..4)? != ":" || oh > 14 || om > 59 {
                    return None;
                }
                sign * (oh * 60 + om)
            }
        };
        let secs = day * 86_400 + h * 3600 + m * 60 + s - offset_min * 60;
        Some(Timestamp {
            text: t.to_string(),
            utc_millis: secs * 1000 + millis,
        })
    }

    /// The text as written (trimmed).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Milliseconds since 1970-01-01T00:00:00Z.
    pub fn utc_millis(&self) -> i64 {
        self.utc_millis
    }
}

fn num(digits: &str) -> Option<i64> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

impl PartialEq for Timestamp {
    fn eq(&self, other: &Self) -> bool {
        self.utc_millis == other.utc_millis
    }
}

impl Eq for Timestamp {}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> Ordering {
        self.utc_millis.cmp(&other.utc_millis)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Replaces an invalid `created` or `updated` of an imported assessment by `now` (the preview
/// said so), so the draft list never shows an impossible time such as 9999-12-31.
pub fn repair_stamps(a: &mut crate::model::Assessment, now: &str) {
    for stamp in [&mut a.created, &mut a.updated] {
        if Timestamp::parse(stamp).is_none() {
            *stamp = now.to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_forms_the_app_writes_parse() {
        for ok in [
            "2026-11-21T06:05:40.123Z",
            "2026-11-21T06:05:40Z",
            "2026-11-21T14:05:40+08:00",
            "2024-02-29T23:59:59.9-05:30",
        ] {
            assert!(Timestamp::parse(ok).is_some(), "{ok}");
        }
    }

    #[test]
    fn impossible_or_partial_timestamps_are_refused() {
        for bad in [
            "2026-02-30T25:61:61Z",
            "2026-02-30T10:00:00Z",
            "2026-01-01T24:00:00Z",
            "2026-01-01T10:60:00Z",
            "9999-12-31",
            "2026-01-01 10:00:00Z",
            "2026-01-01T10:00:00",
            "2026-01-01T10:00:00+8",
            "2026-01-01T10:00:00.Z",
            "2026-01-01T10:00:00+15:00",
            "",
            "昨天",
        ] {
            assert!(Timestamp::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn order_is_by_instant_not_by_text() {
        let z = Timestamp::parse("2026-11-21T07:00:00Z").expect("valid");
        let cst = Timestamp::parse("2026-11-21T14:30:00+08:00").expect("valid");
        // As strings "2026-11-21T14…" sorts after "2026-11-21T07…", but 14:30+08:00 is 06:30Z.
        assert!(cst < z);
        let same = Timestamp::parse("2026-11-21T15:00:00+08:00").expect("valid");
        assert_eq!(same, z);
        let ms = Timestamp::parse("2026-11-21T07:00:00.5Z").expect("valid");
        assert_eq!(ms.utc_millis() - z.utc_millis(), 500);
    }
}
