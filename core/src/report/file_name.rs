//! Export file names, e.g. `示例县农业农村局-自查整改台账-2026-11-01.xlsx`, safe on Windows.

/// Characters Windows forbids in file names.
const FORBIDDEN: [char; 9] = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

/// Longest unit-name part kept, in characters, so the whole name stays well under path limits.
const MAX_UNIT_CHARS: usize = 80;

/// Replaces characters invalid in Windows file names (and control characters) with `_`.
fn clean(part: &str) -> String {
    part.trim()
        .chars()
        .map(|c| match c {
            c if FORBIDDEN.contains(&c) || c.is_control() => '_',
            c => c,
        })
        .collect()
}

/// `{unit}-{suffix}-{date}.{ext}` with invalid characters replaced by `_`; a blank unit becomes
/// 本单位, a leading dot of `ext` is dropped, and trailing dots or spaces (which Windows strips)
/// are removed from the stem.
pub fn export_file_name(unit: &str, date: &str, suffix: &str, ext: &str) -> String {
    let unit: String = clean(unit).chars().take(MAX_UNIT_CHARS).collect();
    let unit = if unit.trim().is_empty() {
        "本单位".to_string()
    } else {
        unit
    };
    let parts: Vec<String> = [unit, clean(suffix), clean(date)]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    let stem = parts.join("-");
    let stem = stem.trim_end_matches(['.', ' ']);
    let ext = clean(ext.trim_start_matches('.'));
    match ext.is_empty() {
        true => stem.to_string(),
        false => format!("{stem}.{ext}"),
    }
}
