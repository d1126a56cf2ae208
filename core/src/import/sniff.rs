//! The first look at a file's bytes: size, binary signatures and text encoding, so a renamed
//! Word file or a GBK re-save gets a message about what it is rather than a JSON parse error.

use super::{ImportError, MAX_IMPORT_BYTES};

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Binary formats users pick by mistake: (signature, what to call it).
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "图片(PNG)"),
    (b"\xFF\xD8\xFF", "图片(JPEG)"),
    (b"GIF87a", "图片(GIF)"),
    (b"GIF89a", "图片(GIF)"),
    (b"%PDF", "PDF 文档"),
    (
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        "旧版 Office 文档(.doc/.xls/.wps)",
    ),
    (b"Rar!\x1A\x07", "压缩包(RAR)"),
    (b"7z\xBC\xAF\x27\x1C", "压缩包(7z)"),
    (b"\x1F\x8B", "压缩包(gzip)"),
];

/// The text of `bytes` (a UTF-8 BOM stripped), or why it is not a text file we can read.
pub(super) fn decode(bytes: &[u8]) -> Result<&str, ImportError> {
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { size });
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(ImportError::NotText(kind));
    }
    if bytes.starts_with(b"\xFF\xFE\x00\x00") || bytes.starts_with(b"\x00\x00\xFE\xFF") {
        return Err(ImportError::WrongEncoding("UTF-32"));
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") || looks_utf16(bytes) {
        return Err(ImportError::WrongEncoding("UTF-16"));
    }
    let body = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    let text = std::str::from_utf8(body).map_err(|e| match e.error_len() {
        // Valid up to a character cut off at the very end: the file was truncated.
        None => ImportError::Truncated,
        Some(_) => ImportError::WrongEncoding("非 UTF-8(可能是 GBK)"),
    })?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if text.contains('\0') {
        return Err(ImportError::NotText("二进制数据"));
    }
    Ok(text)
}

/// What a binary file is, from its first bytes (and, for ZIP, the names inside it).
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Some(zip_kind(bytes));
    }
    if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        return Some("图片(WebP)");
    }
    SIGNATURES
        .iter()
        .find(|(signature, _)| bytes.starts_with(signature))
        .map(|(_, kind)| *kind)
}

/// Office Open XML files are ZIP archives; the part names say which application wrote them.
fn zip_kind(bytes: &[u8]) -> &'static str {
    let has = |name: &[u8]| bytes.windows(name.len()).any(|w| w == name);
    if has(b"word/") {
        "Word 文档"
    } else if has(b"xl/") {
        "Excel 表格"
    } else if has(b"ppt/") {
        "PowerPoint 演示文稿"
    } else {
        "ZIP 压缩包"
    }
}

/// UTF-16 without a BOM: JSON's structure (`{ " : ,` and the keys) is ASCII, so in the first
/// few KB many bytes at one parity are zero and almost none at the other. Text in UTF-8 or GBK
/// has no zero bytes at all. The sample is large enough that a file opening with Chinese text
/// (no zero bytes for the first dozens of characters) is still recognised.
fn looks_utf16(bytes: &[u8]) -> bool {
    let head = bytes.get(..bytes.len().min(4096)).unwrap_or_default();
    if head.len() < 4 {
        return false;
    }
    let zeros_at = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let pairs = head.len() / 2;
    let (even, odd) = (zeros_at(0), zeros_at(1));
    let (more, fewer) = (even.max(odd), even.min(odd));
    more >= 2 && more * 8 >= pairs && fewer * 4 <= more
}
