//! A minimal ZIP writer for the XLSX export: stored (uncompressed) entries, ASCII names, no
//! extra fields, no ZIP64, one fixed timestamp for every entry so the same input always gives
//! the same bytes. Enough for an OOXML package; Excel, WPS and LibreOffice read stored entries.

use crate::report::ReportError;

/// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) lookup table, built at compile time.
/// A 256-entry table (1 KB) instead of the `crc32fast` crate: its portable fallback, the one
/// wasm32 gets, uses slice-by-16 tables (16 KB) for speed this export does not need.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

/// The CRC-32 of `data`, as ZIP stores it.
pub(crate) fn crc32(data: &[u8]) -> u32 {
    !data.iter().fold(!0u32, |c, &b| {
        CRC_TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

/// "Version needed to extract" (and "made by", MS-DOS host): 2.0.
const VERSION: u16 = 20;

/// A ZIP archive being written in memory.
pub(crate) struct Zip {
    out: Vec<u8>,
    central: Vec<u8>,
    entries: u16,
    /// MS-DOS time and date fields of every entry.
    time: u16,
    date: u16,
}

fn too_large() -> ReportError {
    ReportError::Xlsx("内容过大,超出 ZIP 格式上限".to_string())
}

fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

impl Zip {
    /// An empty archive whose entries are all dated `year-month-day` 00:00:00 (MS-DOS format;
    /// the caller keeps the year in 1980..=2107).
    pub(crate) fn new(year: u16, month: u16, day: u16) -> Self {
        Zip {
            out: Vec::new(),
            central: Vec::new(),
            entries: 0,
            time: 0,
            date: (year.saturating_sub(1980) << 9) | (month << 5) | day,
        }
    }

    /// Appends a stored entry named `name` (ASCII) holding `data`.
    pub(crate) fn add(&mut self, name: &str, data: &[u8]) -> Result<(), ReportError> {
        let offset = u32::try_from(self.out.len()).map_err(|_| too_large())?;
        let size = u32::try_from(data.len()).map_err(|_| too_large())?;
        let name_len = u16::try_from(name.len()).map_err(|_| too_large())?;
        self.entries = self.entries.checked_add(1).ok_or_else(too_large)?;
        let crc = crc32(data);
        // Fields shared by the local header and the central directory record, in order:
        // version needed, flags, method (0 = stored), time, date, CRC, sizes, name length,
        // extra field length.
        let mut common = Vec::with_capacity(26);
        for v in [VERSION, 0, 0, self.time, self.date] {
            u16le(&mut common, v);
        }
        for v in [crc, size, size] {
            u32le(&mut common, v);
        }
        u16le(&mut common, name_len);
        u16le(&mut common, 0);

        u32le(&mut self.out, 0x0403_4b50);
        self.out.extend_from_slice(&common);
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(data);

        u32le(&mut self.central, 0x0201_4b50);
        u16le(&mut self.central, VERSION);
        self.central.extend_from_slice(&common);
        // Comment length, disk number, internal and external attributes, local header offset.
        for v in [0u16, 0, 0] {
            u16le(&mut self.central, v);
        }
        u32le(&mut self.central, 0);
        u32le(&mut self.central, offset);
        self.central.extend_from_slice(name.as_bytes());
        Ok(())
    }

    /// The archive bytes: the entries, the central directory and the end record.
    pub(crate) fn finish(mut self) -> Result<Vec<u8>, ReportError> {
        let offset = u32::try_from(self.out.len()).map_err(|_| too_large())?;
        let size = u32::try_from(self.central.len()).map_err(|_| too_large())?;
        offset.checked_add(size).ok_or_else(too_large)?;
        self.out.append(&mut self.central);
        u32le(&mut self.out, 0x0605_4b50);
        // This disk, the disk with the directory, entries on this disk, entries in all.
        for v in [0, 0, self.entries, self.entries] {
            u16le(&mut self.out, v);
        }
        u32le(&mut self.out, size);
        u32le(&mut self.out, offset);
        u16le(&mut self.out, 0); // comment length
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(
            crc32(b"The quick brown fox jumps over the lazy dog"),
            0x414F_A339
        );
    }

    #[test]
    fn an_empty_archive_is_just_the_end_record() {
        let bytes = Zip::new(1980, 1, 1).finish().expect("empty zip");
        assert_eq!(bytes.len(), 22);
        assert_eq!(&bytes[..4], b"PK\x05\x06");
    }

    #[test]
    fn dos_date_packs_year_month_day() {
        let zip = Zip::new(2026, 11, 1);
        assert_eq!(zip.date, (46 << 9) | (11 << 5) | 1);
    }
}
