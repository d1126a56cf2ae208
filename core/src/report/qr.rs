//! The QR code printed on every page of the report: its text payload (full fingerprint, unit,
//! date, questionnaire) and the code as SVG path geometry, encoded with the `qrcode` crate.
//! The payload is plain UTF-8 text (flagged with ECI 26), so a phone's ordinary scanner shows
//! it as it is and the 核验 page accepts it pasted back.

use qrcode::bits::Bits;
use qrcode::{Color, EcLevel, QrCode, Version};

use super::cover::Cover;

/// First line of every payload: says what the code is to whoever scans it.
pub const QR_TITLE: &str = "指尖自查报告 数据指纹";

/// Light modules kept around the code, as the QR standard asks.
pub const QUIET_ZONE: usize = 4;

/// Longest unit name put into the code, in characters (the code stays small enough to scan).
const MAX_UNIT: usize = 40;

/// A QR code drawn as one SVG path of unit squares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrSvg {
    /// Side in modules, quiet zone included: the `viewBox` is `0 0 size size`.
    pub size: usize,
    /// Path data of the dark modules (`M x y h1 v1 h-1 z` per module, merged per row run).
    pub path: String,
}

/// The payload of `cover`: four lines — title with the full fingerprint, unit, date, pack.
pub fn qr_payload(cover: &Cover) -> String {
    let unit: String = cover.unit.chars().take(MAX_UNIT).collect();
    format!(
        "{QR_TITLE} {}\n单位 {unit}\n日期 {}\n问卷 {} {}",
        cover.full_fingerprint, cover.date, cover.pack_id, cover.pack_version
    )
}

/// `data` as UTF-8 bytes after an ECI 26 (UTF-8) designator, in the smallest version that fits
/// at error-correction level M.
fn encode(data: &str) -> Option<QrCode> {
    (1..=40).find_map(|v| {
        let mut bits = Bits::new(Version::Normal(v));
        bits.push_eci_designator(26).ok()?;
        bits.push_byte_data(data.as_bytes()).ok()?;
        bits.push_terminator(EcLevel::M).ok()?;
        QrCode::with_bits(bits, EcLevel::M).ok()
    })
}

/// The QR code of `data`; `None` only if it is too long for any QR version (the report's
/// payload is a few hundred bytes at most).
pub fn qr_svg(data: &str) -> Option<QrSvg> {
    let code = encode(data)?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for y in 0..width {
        let row = colors.get(y * width..(y + 1) * width)?;
        let mut x = 0;
        while x < width {
            if row.get(x) == Some(&Color::Dark) {
                let start = x;
                while row.get(x) == Some(&Color::Dark) {
                    x += 1;
                }
                let (px, py, run) = (start + QUIET_ZONE, y + QUIET_ZONE, x - start);
                path.push_str(&format!("M{px} {py}h{run}v1h-{run}z"));
            } else {
                x += 1;
            }
        }
    }
    Some(QrSvg {
        size: width + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_payload_fits_a_small_code() {
        let payload = format!(
            "{QR_TITLE} {}\n单位 {}\n日期 2026-11-01\n问卷 fingertip-2023 1.0.0",
            "a".repeat(64),
            "某".repeat(MAX_UNIT)
        );
        let svg = qr_svg(&payload).expect("fits");
        assert!(svg.size <= 77 + 2 * QUIET_ZONE, "{}", svg.size);
        assert!(svg.path.starts_with('M'));
        assert!(svg.path.is_ascii());
    }
}
