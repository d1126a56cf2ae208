//! Re-import of an edited ledger (the XLSX or CSV the app exports, edited in Excel or WPS): every
//! changed editable cell previewed against the draft's ledger, field-level Chinese errors for
//! what cannot be read, and nothing applied until the preview is confirmed (as one
//! [`CycleEdit::Batch`]). A file none of whose rows is a row of this draft is refused.

use super::CycleEdit;
use crate::date::days_from_iso;
use crate::edit::LedgerField;
use crate::model::RectStatus;
use crate::report::{LedgerRow, LEDGER_HEADERS};

/// Columns the unit may edit, by index into [`LEDGER_HEADERS`].
const MEASURE: usize = 6;
const OWNER: usize = 7;
pub(super) const DEADLINE: usize = 8;
const STATUS: usize = 9;

/// Rows above the header that may hold a title.
const HEADER_SEARCH: usize = 5;

/// One changed cell.
#[derive(Debug, Clone, PartialEq)]
pub struct CellChange {
    /// 序号 of the row in the draft's ledger.
    pub no: usize,
    /// Item id.
    pub item: String,
    /// Column header, e.g. 责任人.
    pub column: &'static str,
    /// The draft's value.
    pub before: String,
    /// The file's value.
    pub after: String,
    /// The edit applying it.
    pub edit: CycleEdit,
}

/// A cell that cannot be read; its row's other cells still count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// Line of the CSV or row of the worksheet, from 1.
    pub line: usize,
    /// Column header.
    pub column: &'static str,
    /// What is wrong, in Chinese.
    pub message: String,
}

/// What a re-import would do.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LedgerImport {
    /// Every changed cell.
    pub changes: Vec<CellChange>,
    /// Every cell that cannot be read.
    pub errors: Vec<FieldError>,
}

impl LedgerImport {
    /// The one edit applying every change.
    pub fn edit(&self) -> CycleEdit {
        CycleEdit::Batch(self.changes.iter().map(|c| c.edit.clone()).collect())
    }
}

/// Why a whole file is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LedgerFileError {
    /// Not the ledger layout.
    #[error(
        "这不是指尖自查导出的整改台账:第一行应为“{0}”。请导入从本工具导出后编辑过的台账文件。"
    )]
    NotALedger(String),
    /// No row is a row of this draft.
    #[error("这份台账不属于当前草稿:文件中的条目({0})都不在本草稿的整改台账中。请打开导出这份台账的那次自查后再导入。")]
    OtherDraft(String),
    /// A workbook that cannot be read.
    #[error(transparent)]
    Workbook(#[from] crate::xlsx_read::XlsxError),
    /// A binary .xls (Excel 97–2003).
    #[error("这是旧版 Excel 97-2003 工作簿(.xls),无法读取。请在 Excel 或 WPS 中“另存为”Excel 工作簿(.xlsx)或“CSV UTF-8”后再导入。")]
    OldWorkbook,
    /// Text that is not UTF-8 (Excel's plain "CSV" on a Chinese system is GBK).
    #[error("这个 CSV 文件不是 UTF-8 编码。请在 Excel 或 WPS 中“另存为”CSV UTF-8(逗号分隔),或直接导入 .xlsx 台账。")]
    NotUtf8,
}

/// The records of CSV `text` (RFC 4180, a leading BOM ignored).
pub fn csv_records(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (mut out, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                out.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        out.push(row);
    }
    out
}

/// A cell as the unit meant it: the apostrophe the export put before `=`, `+`, `-`, `@` removed.
fn unneutralised(cell: &str) -> String {
    let t = cell.trim();
    match t.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest.to_string(),
        _ => t.to_string(),
    }
}

fn status_of(label: &str) -> Option<RectStatus> {
    RectStatus::ALL.into_iter().find(|s| s.label() == label)
}

/// Previews `records` (header first) against `ledger`, the draft's current rows;
/// `remedy` gives an item's remedy and `today` dates the status changes.
pub fn preview(
    records: &[Vec<String>],
    ledger: &[LedgerRow],
    remedy: impl Fn(&str) -> String,
    today: &str,
) -> Result<LedgerImport, LedgerFileError> {
    // The CSV starts with the header; the XLSX has the title and the subtitle above it.
    let is_header = |r: &Vec<String>| {
        let cells: Vec<&str> = r.iter().map(|c| c.trim()).collect();
        let cells = cells.strip_suffix(&[""]).unwrap_or(&cells);
        cells == LEDGER_HEADERS
    };
    let Some(header_at) = records.iter().take(HEADER_SEARCH).position(is_header) else {
        return Err(LedgerFileError::NotALedger(LEDGER_HEADERS.join(",")));
    };
    let body: Vec<(usize, &Vec<String>)> = records
        .iter()
        .enumerate()
        .skip(header_at + 1)
        .filter(|(_, r)| r.iter().any(|c| !c.trim().is_empty()))
        .map(|(i, r)| (i + 1, r))
        .collect();
    let known = |item: &str| ledger.iter().find(|r| r.item == item);
    if !body.is_empty()
        && body
            .iter()
            .all(|(_, r)| known(r.get(2).map_or("", |c| c.trim())).is_none())
    {
        let mut items: Vec<&str> = body
            .iter()
            .filter_map(|(_, r)| r.get(2).map(|c| c.trim()))
            .collect();
        items.dedup();
        return Err(LedgerFileError::OtherDraft(items.join("、")));
    }
    let mut out = LedgerImport::default();
    for (line, r) in body {
        let cell = |i: usize| r.get(i).map(|c| unneutralised(c)).unwrap_or_default();
        let item = cell(2);
        let Some(row) = known(&item) else {
            out.errors.push(FieldError {
                line,
                column: LEDGER_HEADERS[2],
                message: format!(
                    "第 {line} 行:条目“{item}”不在本草稿的整改台账中,这一行不会导入。"
                ),
            });
            continue;
        };
        let mut change = |column: usize, before: &str, after: String, field: LedgerField| {
            if before.trim() != after.trim() {
                out.changes.push(CellChange {
                    no: row.no,
                    item: row.item.to_string(),
                    column: LEDGER_HEADERS[column],
                    before: before.to_string(),
                    after,
                    edit: CycleEdit::LedgerCell {
                        item: row.item.clone(),
                        assets: row.assets.clone(),
                        field,
                        remedy: remedy(&row.item),
                        date: today.to_string(),
                    },
                });
            }
        };
        let measure = cell(MEASURE);
        change(
            MEASURE,
            &row.measure,
            measure.clone(),
            LedgerField::Measure(measure),
        );
        let owner = cell(OWNER);
        change(OWNER, &row.owner, owner.clone(), LedgerField::Owner(owner));
        let deadline = cell(DEADLINE);
        match deadline.is_empty() || days_from_iso(&deadline).is_some() {
            true => change(
                DEADLINE,
                &row.deadline,
                deadline.clone(),
                LedgerField::Deadline(deadline),
            ),
            false => out.errors.push(FieldError {
                line,
                column: LEDGER_HEADERS[DEADLINE],
                message: format!(
                    "第 {line} 行“时限”:“{deadline}”不是日期,请写成 2026-12-31 这样的格式。"
                ),
            }),
        }
        let label = cell(STATUS);
        match status_of(&label) {
            Some(RectStatus::Closed) if row.status != RectStatus::Closed => out.errors.push(FieldError {
                line,
                column: LEDGER_HEADERS[STATUS],
                message: format!("第 {line} 行“状态”:本次自查中这个问题仍然存在,不能销号;整改后在下一次自查中确认销号。"),
            }),
            Some(s) => change(STATUS, row.status_label, label, LedgerField::Status(s)),
            None => out.errors.push(FieldError {
                line,
                column: LEDGER_HEADERS[STATUS],
                message: format!("第 {line} 行“状态”:“{label}”不是可选的状态,请填写待整改、整改中或已完成。"),
            }),
        }
    }
    Ok(out)
}
