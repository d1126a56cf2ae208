//! Where a draft came from in this browser (new, the built-in sample, a file, a backup) and the
//! name the user gave it, so two drafts of one unit can be told apart in the list.

use serde::{Deserialize, Serialize};

/// How a draft started. Written when it is created or imported; an imported file's own origin is
/// replaced, since what matters in the list is how the copy got into this browser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DraftOrigin {
    /// 新建自查: started empty.
    New {
        /// When, ISO 8601.
        at: String,
    },
    /// 示例单位: started from the built-in sample.
    Sample {
        /// When, ISO 8601.
        at: String,
    },
    /// 打开文件: imported from a saved file.
    Imported {
        /// The file's name as picked (may be empty when the browser gives none).
        file: String,
        /// When, ISO 8601.
        at: String,
    },
    /// 恢复备份: restored from an 导出全部数据 backup.
    Restored {
        /// The backup file's name.
        file: String,
        /// When, ISO 8601.
        at: String,
    },
    /// Started from another self-check of the same unit (另起一次自查).
    Continued {
        /// The earlier draft's name in the list (unit, or its own title).
        from: String,
        /// When, ISO 8601.
        at: String,
    },
}

impl DraftOrigin {
    /// When the draft started this way.
    pub fn at(&self) -> &str {
        match self {
            Self::New { at }
            | Self::Sample { at }
            | Self::Imported { at, .. }
            | Self::Restored { at, .. }
            | Self::Continued { at, .. } => at,
        }
    }

    /// What the list says, without the time: "从文件“a.json”导入".
    pub fn describe(&self) -> String {
        let named = |file: &str, what: &str| {
            if file.trim().is_empty() {
                format!("从文件{what}")
            } else {
                format!("从文件“{}”{what}", file.trim())
            }
        };
        match self {
            Self::New { .. } => "新建".to_string(),
            Self::Sample { .. } => "由示例单位生成".to_string(),
            Self::Imported { file, .. } => named(file, "导入"),
            Self::Restored { file, .. } => {
                if file.trim().is_empty() {
                    "从备份恢复".to_string()
                } else {
                    format!("从备份“{}”恢复", file.trim())
                }
            }
            Self::Continued { from, .. } => format!("由“{from}”另起"),
        }
    }
}

/// Longest draft name kept, in characters (a list line, not a document).
pub const TITLE_MAX_CHARS: usize = 40;

/// A draft name as typed, cleaned for the list: spaces trimmed, line breaks removed, cut to
/// [`TITLE_MAX_CHARS`]. Empty means "no name: show the unit".
pub fn clean_title(typed: &str) -> String {
    let one_line: String = typed
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    one_line
        .trim()
        .chars()
        .take(TITLE_MAX_CHARS)
        .collect::<String>()
        .trim_end()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_one_trimmed_line_of_bounded_length() {
        assert_eq!(
            clean_title("  2026 上半年\n定期自查 "),
            "2026 上半年 定期自查"
        );
        assert_eq!(clean_title(" \t "), "");
        let long = "字".repeat(60);
        assert_eq!(clean_title(&long).chars().count(), TITLE_MAX_CHARS);
    }

    #[test]
    fn origins_say_where_in_plain_words() {
        let at = "2026-12-01T10:00:00+08:00".to_string();
        let imported = DraftOrigin::Imported {
            file: "农业局自查.json".into(),
            at: at.clone(),
        };
        assert_eq!(imported.describe(), "从文件“农业局自查.json”导入");
        assert_eq!(imported.at(), at);
        let nameless = DraftOrigin::Imported {
            file: String::new(),
            at: at.clone(),
        };
        assert_eq!(nameless.describe(), "从文件导入");
        assert_eq!(DraftOrigin::Sample { at }.describe(), "由示例单位生成");
    }

    #[test]
    fn origin_round_trips_as_tagged_json() {
        let o = DraftOrigin::Restored {
            file: "备份.json".into(),
            at: "2026-12-01T10:00:00Z".into(),
        };
        let json = serde_json::to_string(&o).unwrap_or_default();
        assert!(json.contains("\"kind\":\"restored\""), "{json}");
        assert_eq!(serde_json::from_str::<DraftOrigin>(&json).ok(), Some(o));
    }
}
