//! Reading an overlay file: JSON (the browser form) always, TOML (the authors' form) when the
//! `toml` feature is on (the command-line tool). Both go through the same JSON value, so a
//! field error reads the same in the app and in `fingertip pack check`.

use serde_json::Value;

use super::error::OverlayError;
use super::model::Overlay;
use crate::json_path;

/// Top-level keys that would take away or rewrite national content; refused by name.
const FORBIDDEN: &[&str] = &[
    "remove", "delete", "replace", "rewrite", "drop", "retire", "disable", "modify", "patch",
];

/// Whether this build reads TOML (the command-line tool) or only JSON (the browser).
pub const READS_TOML: bool = cfg!(feature = "toml");

/// Whether `text` looks like TOML rather than JSON (JSON files start with `{`).
pub fn looks_like_toml(text: &str) -> bool {
    !text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('{')
}

/// The overlay in `text`, JSON or (with the `toml` feature) TOML.
pub fn parse(text: &str) -> Result<Overlay, OverlayError> {
    let value = if looks_like_toml(text) {
        toml_value(text)?
    } else {
        let text = text.trim_start_matches('\u{feff}');
        serde_json::from_str::<Value>(text).map_err(|e| OverlayError::NotJson {
            line: e.line(),
            column: e.column(),
        })?
    };
    from_value(&value)
}

#[cfg(feature = "toml")]
fn toml_value(text: &str) -> Result<Value, OverlayError> {
    let table: toml::Table =
        toml::from_str(text).map_err(|e| OverlayError::NotToml(e.message().to_string()))?;
    Ok(to_json(toml::Value::Table(table)))
}

#[cfg(not(feature = "toml"))]
fn toml_value(_text: &str) -> Result<Value, OverlayError> {
    Err(OverlayError::TomlHere)
}

/// TOML to JSON; dates become `YYYY-MM-DD` text, as authors mean them.
#[cfg(feature = "toml")]
fn to_json(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, to_json(v))).collect())
        }
    }
}

/// The overlay in a JSON value, with the failing field named in Chinese.
pub fn from_value(value: &Value) -> Result<Overlay, OverlayError> {
    let Some(object) = value.as_object() else {
        return Err(OverlayError::malformed(
            "(整个文件)",
            "应为一个对象(键值表)",
        ));
    };
    if let Some(key) = object.keys().find(|k| FORBIDDEN.contains(&k.as_str())) {
        return Err(OverlayError::Forbidden(key.clone()));
    }
    // Read from text, so the error position names the field (`json_path`); overlays are small.
    let text = value.to_string();
    serde_json::from_str::<Overlay>(&text)
        .map_err(|e| in_chinese(&json_path::at_error(&text, &e), &e.to_string()))
}

/// serde's English message at `path`, as a Chinese field error.
fn in_chinese(path: &str, detail: &str) -> OverlayError {
    let detail = detail.split(" at line ").next().unwrap_or(detail);
    let quoted = |s: &str| s.trim_matches('`').chars().take(40).collect::<String>();
    let field = |name: &str| match path {
        "." | "" => name.to_string(),
        p => format!("{p}.{name}"),
    };
    if let Some(rest) = detail.strip_prefix("unknown field ") {
        let name = quoted(rest.split(", expected").next().unwrap_or(rest));
        // The path already ends with the unknown field's name.
        let at = if path.ends_with(name.as_str()) {
            path.to_string()
        } else {
            field(&name)
        };
        return if FORBIDDEN.contains(&name.as_str()) {
            OverlayError::Forbidden(at)
        } else {
            OverlayError::UnknownField(at)
        };
    }
    let what = if let Some(name) = detail.strip_prefix("missing field ") {
        return OverlayError::malformed(field(&quoted(name)), "缺少必填字段");
    } else if let Some(rest) = detail.strip_prefix("unknown variant ") {
        let found = rest.split(", expected").next().unwrap_or(rest);
        let allowed = rest.split(", expected ").nth(1).unwrap_or("");
        format!(
            "取值“{}”不在允许的范围内(可用:{})",
            quoted(found),
            allowed.replace('`', "")
        )
    } else if let Some(rest) = detail.strip_prefix("invalid type: ") {
        let expected = rest.split(", expected ").nth(1).unwrap_or("");
        format!("数据类型不对(应为{})", type_name(expected))
    } else {
        format!("格式不符({})", detail.chars().take(80).collect::<String>())
    };
    OverlayError::malformed(if path.is_empty() { "." } else { path }, what)
}

fn type_name(expected: &str) -> &'static str {
    match expected {
        "a string" => "文字",
        "a boolean" => "true 或 false",
        "a sequence" => "列表",
        e if e.starts_with('f') || e.starts_with('u') || e.starts_with('i') => "数字",
        _ => "对象或其他类型",
    }
}
