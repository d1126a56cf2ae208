//! The entries of a ZIP archive as an office suite saves an XLSX: the central directory read
//! from the end, each entry stored or deflated (inflated by `miniz_oxide`), its CRC checked.
//! No ZIP64, no encryption, no multi-disk archives: an XLSX never needs them.

use super::XlsxError;
use crate::report::xlsx::zip::crc32 as xlsx_crc32;

/// Largest entry inflated (a ledger sheet of a few hundred rows is far below; a ZIP bomb is not).
const MAX_ENTRY: usize = 32 * 1024 * 1024;
/// End-of-central-directory record: fixed part, and the largest comment after it.
const EOCD_LEN: usize = 22;
const MAX_COMMENT: usize = 0xFFFF;

fn u16_at(b: &[u8], at: usize) -> Option<usize> {
    let bytes = b.get(at..at.checked_add(2)?)?;
    Some(usize::from(u16::from_le_bytes(bytes.try_into().ok()?)))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    let bytes = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes(bytes.try_into().ok()?))
}

fn usize_at(b: &[u8], at: usize) -> Option<usize> {
    usize::try_from(u32_at(b, at)?).ok()
}

/// One entry of the central directory.
struct Entry<'a> {
    name: &'a [u8],
    method: usize,
    flags: usize,
    crc: u32,
    packed: usize,
    size: usize,
    local: usize,
}

/// The central directory of `zip`.
fn directory(zip: &[u8]) -> Result<Vec<Entry<'_>>, XlsxError> {
    let earliest = zip.len().saturating_sub(EOCD_LEN + MAX_COMMENT);
    let end = (earliest..=zip.len().saturating_sub(EOCD_LEN))
        .rev()
        .find(|&i| u32_at(zip, i) == Some(0x0605_4b50))
        .ok_or(match zip.starts_with(b"PK\x03\x04") {
            true => XlsxError::Damaged,
            false => XlsxError::NotZip,
        })?;
    let count = u16_at(zip, end + 10).ok_or(XlsxError::Damaged)?;
    let mut at = usize_at(zip, end + 16).ok_or(XlsxError::Damaged)?;
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        if u32_at(zip, at) != Some(0x0201_4b50) {
            return Err(XlsxError::Damaged);
        }
        let field = |off: usize| u16_at(zip, at + off).ok_or(XlsxError::Damaged);
        let long = |off: usize| usize_at(zip, at + off).ok_or(XlsxError::Damaged);
        let (name_len, extra_len, comment_len) = (field(28)?, field(30)?, field(32)?);
        let name = zip
            .get(at.saturating_add(46)..at.saturating_add(46 + name_len))
            .ok_or(XlsxError::Damaged)?;
        out.push(Entry {
            name,
            flags: field(8)?,
            method: field(10)?,
            crc: u32_at(zip, at + 16).ok_or(XlsxError::Damaged)?,
            packed: long(20)?,
            size: long(24)?,
            local: long(42)?,
        });
        at = at.saturating_add(46 + name_len + extra_len + comment_len);
    }
    Ok(out)
}

/// The bytes of the entry named `name` (case-insensitive, as Excel treats part names), or
/// `Ok(None)` when the archive has no such entry.
pub(super) fn entry(zip: &[u8], name: &str) -> Result<Option<Vec<u8>>, XlsxError> {
    let wanted = name.trim_start_matches('/').as_bytes();
    let Some(e) = directory(zip)?
        .into_iter()
        .find(|e| e.name.eq_ignore_ascii_case(wanted))
    else {
        return Ok(None);
    };
    if e.flags & 1 != 0 {
        return Err(XlsxError::Encrypted);
    }
    if e.size > MAX_ENTRY {
        return Err(XlsxError::TooLarge);
    }
    if u32_at(zip, e.local) != Some(0x0403_4b50) {
        return Err(XlsxError::Damaged);
    }
    let name_len = u16_at(zip, e.local.saturating_add(26)).ok_or(XlsxError::Damaged)?;
    let extra_len = u16_at(zip, e.local.saturating_add(28)).ok_or(XlsxError::Damaged)?;
    let start = e.local.saturating_add(30 + name_len + extra_len);
    let packed = zip
        .get(start..start.saturating_add(e.packed))
        .ok_or(XlsxError::Damaged)?;
    let data = match e.method {
        0 => packed.to_vec(),
        8 => miniz_oxide::inflate::decompress_to_vec_with_limit(packed, MAX_ENTRY)
            .map_err(|_| XlsxError::Damaged)?,
        _ => return Err(XlsxError::Damaged),
    };
    if data.len() != e.size || xlsx_crc32(&data) != e.crc {
        return Err(XlsxError::Damaged);
    }
    Ok(Some(data))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_archives_are_errors_not_panics() {
        // Every prefix and single-byte corruption of a real archive, and a directory pointing
        // far past the end.
        let mut zip = crate::report::xlsx::zip::Zip::new(2026, 1, 1);
        zip.add("a.xml", b"<a>text</a>").unwrap();
        zip.add("b.xml", b"<b/>").unwrap();
        let good = zip.finish().unwrap();
        assert!(entry(&good, "a.xml").unwrap().is_some());
        for cut in 0..good.len() {
            let _ = entry(&good[..cut], "a.xml");
        }
        for at in 0..good.len() {
            let mut bad = good.clone();
            bad[at] ^= 0xFF;
            let _ = entry(&bad, "a.xml");
        }
        let mut far = good.clone();
        let end = far.len() - EOCD_LEN;
        far[end + 16..end + 20].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(entry(&far, "a.xml"), Err(XlsxError::Damaged));
    }
}
