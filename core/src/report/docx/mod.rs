//! Word (.docx) exports of the 正式报告, the 自查底稿 and each 备案申请表, written by hand as
//! WordprocessingML in the same stored ZIP as the XLSX export: real headings and tables, 仿宋 /
//! 黑体 / 宋体 with their Windows aliases, A4 with the GB/T 9704 margins, the page number in the
//! footer. docx-rs would add about 245 KB gzip to the app (measured on a wasm32 build), this
//! writer a few KB.

mod body;
mod content;
mod package;

pub use content::{filing_form_docx, official_docx, workpaper_docx};
