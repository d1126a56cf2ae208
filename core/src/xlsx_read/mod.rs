//! Reading back a workbook an office suite saved (Excel, WPS, LibreOffice): the cells of its
//! first worksheet, by row number. Only what re-importing an exported table needs: shared and
//! inline strings, numbers, booleans, formula results; no styles, no formulas evaluated.

mod cells;
mod parts;
mod xml;
mod zip;

pub use cells::Cell;

/// Why a workbook cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum XlsxError {
    /// Not a ZIP archive at all.
    #[error("这个文件不是 XLSX 工作簿。请选择 .xlsx 文件,或在 Excel、WPS 中“另存为”Excel 工作簿后再导入。")]
    NotZip,
    /// A ZIP, but not a workbook (a .docx, a .zip of files…).
    #[error("这个文件不是 Excel 工作簿(缺少工作表)。请选择从本工具导出的 .xlsx 台账。")]
    NotWorkbook,
    /// Protected with a password.
    #[error("这个工作簿设置了密码保护,无法读取。请在 Excel 或 WPS 中取消密码后另存,再导入。")]
    Encrypted,
    /// Bigger than any table this tool exports.
    #[error("这个工作簿过大,不像是本工具导出的台账。请检查是否选错了文件。")]
    TooLarge,
    /// Truncated or corrupt.
    #[error("这个工作簿已损坏或不完整,无法读取。请在 Excel 或 WPS 中打开并重新保存后再导入。")]
    Damaged,
}

/// The cells of the first worksheet of `xlsx`: `rows[r - 1][c]` is the cell of row `r`
/// (as the office suite numbers it) and column `c` from 0; missing cells are [`Cell::Empty`].
pub fn first_sheet(xlsx: &[u8]) -> Result<Vec<Vec<Cell>>, XlsxError> {
    let text = |name: &str| -> Result<Option<String>, XlsxError> {
        zip::entry(xlsx, name)?
            .map(|b| String::from_utf8(b).map_err(|_| XlsxError::Damaged))
            .transpose()
    };
    let workbook = text("xl/workbook.xml")?.ok_or(XlsxError::NotWorkbook)?;
    let rels = text("xl/_rels/workbook.xml.rels")?.unwrap_or_default();
    let path = parts::first_sheet_path(&workbook, &rels)?;
    let shared = match text("xl/sharedStrings.xml")? {
        Some(xml) => parts::shared_strings(&xml)?,
        None => Vec::new(),
    };
    let xml = text(&path)?.ok_or(XlsxError::NotWorkbook)?;
    cells::cells(&xml, &shared)
}
