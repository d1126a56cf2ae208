//! Opening a saved file's JSON: refuse another pack, then hand over to [`save::from_value`],
//! which owns the one migration chain, and say in Chinese which field broke when it fails.

use serde_json::{Map, Value};

use super::error::clip;
use super::read::format_version;
use super::ImportError;
use crate::json_path;
use crate::pack::Pack;
use crate::save::{self, SaveError, SavedFile};

/// The file migrated to the current format, with the format version it was written in.
pub(super) fn open(
    object: &Map<String, Value>,
    value: &Value,
    text: Option<&str>,
    pack: &Pack,
) -> Result<(SavedFile, u64), ImportError> {
    let version = format_version(object)?;
    match object.get("pack_id") {
        Some(Value::String(id)) if *id != pack.id => {
            return Err(ImportError::OtherPack(clip(id, 60)))
        }
        Some(Value::String(_)) => {}
        Some(_) => {
            return Err(ImportError::Malformed(
                "字段 pack_id(问卷编号)应为文字".into(),
            ))
        }
        None => return Err(ImportError::Malformed("缺少字段 pack_id(问卷编号)".into())),
    }
    // The value is the strict parse of `text` (when given): the current format is read from
    // that text, an older one from its migrated value.
    match save::from_value_and_text(value, text) {
        Ok(file) => Ok((file, version)),
        Err(SaveError::NotJson(_) | SaveError::NotOurFile(_)) => Err(ImportError::NotOurFile),
        Err(SaveError::BadVersion(v)) => Err(ImportError::BadVersion(clip(&v, 40))),
        Err(SaveError::FutureVersion { found, .. }) => Err(ImportError::FutureVersion(found)),
        Err(SaveError::Malformed(detail)) => Err(locate(value, version, &detail)),
    }
}

/// Which field made deserialising fail, located in the migrated file. Migrations so far only add
/// fields, so a path in the migrated layout names the same field of the file as written; a
/// migration that renames fields must fall back to serde's own words for older formats.
fn locate(value: &Value, version: u64, detail: &str) -> ImportError {
    if let Some(migrated) = save::migrated(value.clone(), version) {
        // Read from text, as every other path reads a saved file (see `save::read_text`).
        let text = migrated.to_string();
        if let Err(e) = serde_json::from_str::<SavedFile>(&text) {
            let path = json_path::at_error(&text, &e);
            return malformed(&path, &in_chinese(&e.to_string()));
        }
    }
    ImportError::Malformed(in_chinese(detail))
}

fn malformed(field: &str, what: &str) -> ImportError {
    ImportError::Malformed(format!("字段 {} {what}", clip(field, 80)))
}

/// serde's English messages, in Chinese for the ones users meet; others are quoted.
fn in_chinese(detail: &str) -> String {
    let detail = detail.split(" at line ").next().unwrap_or(detail);
    let quoted = |s: &str| clip(s.trim_matches('`'), 40);
    if let Some(field) = detail.strip_prefix("missing field ") {
        format!("缺少必填字段“{}”", quoted(field))
    } else if let Some(rest) = detail.strip_prefix("unknown variant ") {
        let found = rest.split(", expected").next().unwrap_or(rest);
        format!("取值“{}”不在允许的范围内", quoted(found))
    } else if let Some(rest) = detail.strip_prefix("invalid type: ") {
        let expected = rest.split(", expected ").nth(1).unwrap_or("");
        format!("数据类型不对(应为{})", type_name(expected))
    } else if detail.starts_with("invalid value: ") {
        "取值无效(例如数字为负数或超出范围)".to_string()
    } else if detail.starts_with("invalid length") {
        "列表长度不对".to_string()
    } else {
        format!("格式不符({})", clip(detail, 80))
    }
}

/// serde's name of an expected type, in the words of the form users fill in.
fn type_name(expected: &str) -> &'static str {
    const NUMBERS: &[&str] = &[
        "u8", "u16", "u32", "u64", "usize", "i32", "i64", "f32", "f64",
    ];
    match expected {
        "a string" => "文字",
        "a boolean" => "是/否",
        "a sequence" => "列表",
        e if NUMBERS.contains(&e) => "数字",
        e if e.contains("enum") => "带类型的答案",
        e if e.starts_with("struct") || e.contains("map") => "对象",
        _ => "其他类型",
    }
}
