//! Limits a saved file must stay within, checked on the parsed JSON before anything is built
//! from it, so an oversized file is refused at once with a specific message instead of freezing
//! the page in evaluation and rendering.
//!
//! Why these numbers: one self-check covers one unit. A county bureau lists a handful of apps,
//! a few dozen accounts and up to a few hundred work groups; the engine benchmark (`make
//! bench-core`) is held to 500 assets, and the wizard stays responsive there. Larger bodies check
//! each sub-unit on its own and merge with 汇总. Text fields hold a name, a reason, a basis or a
//! note: 10,000 characters is about five printed pages of Chinese, far above any real entry, while
//! a 1 MB string is not something a person typed.

use serde_json::Value;

use super::ImportError;

/// At most this many apps, and as many accounts and as many work groups, in one file.
pub const MAX_ASSETS_PER_KIND: usize = 500;
/// At most this many answer records (63 items × 1,501 assets is about 95,000).
pub const MAX_ANSWERS: usize = 100_000;
/// At most this many characters in any one text field.
pub const MAX_TEXT_CHARS: usize = 10_000;

/// Refuses `value` (a saved file's JSON) when a list or a text exceeds its limit.
pub(super) fn check(value: &Value) -> Result<(), ImportError> {
    let count = |pointer: &str| {
        value
            .pointer(pointer)
            .and_then(Value::as_array)
            .map_or(0, Vec::len)
    };
    for (pointer, what, max) in [
        (
            "/assessment/inventory/apps",
            "政务应用程序",
            MAX_ASSETS_PER_KIND,
        ),
        (
            "/assessment/inventory/accounts",
            "政务公众账号",
            MAX_ASSETS_PER_KIND,
        ),
        (
            "/assessment/inventory/groups",
            "工作群组",
            MAX_ASSETS_PER_KIND,
        ),
        ("/assessment/answers", "答案", MAX_ANSWERS),
    ] {
        let found = count(pointer);
        if found > max {
            return Err(ImportError::TooMany { what, found, max });
        }
    }
    let mut path = Vec::new();
    long_text(value, &mut path).map_or(Ok(()), |chars| {
        Err(ImportError::TooLong {
            field: path.iter().enumerate().map(Step::render).collect(),
            chars,
            max: MAX_TEXT_CHARS,
        })
    })
}

/// Whether a typed file's lists are within the limits [`check`] holds its JSON to (its texts are
/// checked on the text, see [`super::plain_json::is_plain`]).
pub(super) fn lists_within(file: &crate::save::SavedFile) -> bool {
    let a = &file.assessment;
    a.inventory.apps.len() <= MAX_ASSETS_PER_KIND
        && a.inventory.accounts.len() <= MAX_ASSETS_PER_KIND
        && a.inventory.groups.len() <= MAX_ASSETS_PER_KIND
        && a.answers.len() <= MAX_ANSWERS
}

/// One step of a field's path, kept unformatted: most files have no long text, so the path is
/// written out only for the one that does.
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

impl Step<'_> {
    /// `key` at the start, `.key` after it, `[i]` for a list entry.
    fn render((at, step): (usize, &Step<'_>)) -> String {
        match step {
            Step::Key(key) if at == 0 => key.to_string(),
            Step::Key(key) => format!(".{key}"),
            Step::Index(i) => format!("[{i}]"),
        }
    }
}

/// The character count of the first over-long string under `value`; `path` is left holding its
/// path.
fn long_text<'a>(value: &'a Value, path: &mut Vec<Step<'a>>) -> Option<usize> {
    let mut below = |step: Step<'a>, item: &'a Value| {
        path.push(step);
        let hit = long_text(item, path);
        if hit.is_none() {
            path.pop();
        }
        hit
    };
    match value {
        // Bytes are at least characters, so most strings are passed without counting.
        Value::String(s) if s.len() > MAX_TEXT_CHARS => {
            Some(s.chars().count()).filter(|&n| n > MAX_TEXT_CHARS)
        }
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, item)| below(Step::Index(i), item)),
        Value::Object(map) => map
            .iter()
            .find_map(|(key, item)| below(Step::Key(key), item)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn one_over_the_limit_is_refused_and_at_the_limit_is_fine() {
        let apps = |n: usize| json!({"assessment": {"inventory": {"apps": vec![json!({}); n]}}});
        assert_eq!(check(&apps(MAX_ASSETS_PER_KIND)), Ok(()));
        assert_eq!(
            check(&apps(MAX_ASSETS_PER_KIND + 1)),
            Err(ImportError::TooMany {
                what: "政务应用程序",
                found: 501,
                max: 500
            })
        );
    }

    #[test]
    fn a_long_text_is_named_by_its_field_and_counted_in_characters() {
        let at_limit = "字".repeat(MAX_TEXT_CHARS);
        assert_eq!(check(&json!({"assessment": {"note": at_limit}})), Ok(()));
        let long =
            json!({"assessment": {"answers": [{}, {"note": "字".repeat(MAX_TEXT_CHARS + 1)}]}});
        assert_eq!(
            check(&long),
            Err(ImportError::TooLong {
                field: "assessment.answers[1].note".into(),
                chars: MAX_TEXT_CHARS + 1,
                max: MAX_TEXT_CHARS
            })
        );
    }
}
