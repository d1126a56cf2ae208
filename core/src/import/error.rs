//! Why a file cannot be imported at all, in Chinese that says what happened and what to do next.

use crate::save::FORMAT_VERSION;

/// A file that cannot be imported. Problems inside a readable file are not errors: they are
/// listed in the [`Preview`](super::Preview) so the user decides with everything in view.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`](super::MAX_IMPORT_BYTES); nothing was read.
    #[error("文件太大({} MB),超过了 20 MB 的上限,没有读取。指尖自查导出的存档通常不到 1 MB,请确认选择的是从本工具导出的 .json 文件。", mib(*size))]
    TooLarge {
        /// Size of the file in bytes.
        size: u64,
    },
    /// No bytes, or only blanks.
    #[error("文件是空的,没有任何内容。请选择从指尖自查“导出”得到的 .json 文件;如果这份存档本应有内容,它可能在复制或传输中出错,请改用最近一次导出的副本。")]
    Empty,
    /// A binary file (an image, an Office document, a PDF …), whatever its name says.
    #[error("这个文件的实际类型是:{0},不是指尖自查的存档(即使扩展名是 .json)。请选择从本工具“导出”得到的 .json 文件。")]
    NotText(&'static str),
    /// Text in an encoding other than UTF-8; names the encoding.
    #[error("文件的文字编码不对(检测结果:{0}),指尖自查只能读取 UTF-8 编码的存档。文件可能被其他软件另存过,请改用原始导出的文件,或在编辑器中另存为 UTF-8 编码后再打开。")]
    WrongEncoding(&'static str),
    /// Text, but not JSON; where the parser stopped, counted from 1.
    #[error("文件内容不是有效的 JSON(第 {line} 行第 {column} 列附近有错误),可能已损坏或被手工改动过。请改用最近一次导出的存档。")]
    NotJson {
        /// Line of the error.
        line: usize,
        /// Column of the error.
        column: usize,
    },
    /// A number too large for the app (e.g. `1e400`); where it is, counted from 1.
    #[error("文件第 {line} 行第 {column} 列附近有一个超出范围的数字(例如 1e400),无法读取。存档中的数字都应是普通大小的数值,文件可能被手工改动过,请改用最近一次导出的存档。")]
    NumberOutOfRange {
        /// Line of the number.
        line: usize,
        /// Column of the number.
        column: usize,
    },
    /// An object with the same key twice: which value counts cannot be known, so nothing is read.
    #[error("字段 {0} 出现了两次,无法确定以哪一个为准,因此没有导入(以免静默丢掉其中一份内容)。文件可能被手工改动或拼接过,请改用最近一次导出的存档。")]
    DuplicateKey(String),
    /// More entries of one kind than [`MAX_ASSETS_PER_KIND`](super::MAX_ASSETS_PER_KIND) (or
    /// answers than [`MAX_ANSWERS`](super::MAX_ANSWERS)); refused before any work is done.
    #[error("存档中的{what}有 {found} 个,超过了本工具每份自查 {max} 个的上限,没有导入。一份自查对应一个单位,通常只有几个到几百个;如确有这么多,请按下属单位分开自查,再用“汇总多个单位”合并。")]
    TooMany {
        /// What is counted, in Chinese.
        what: &'static str,
        /// How many the file has.
        found: usize,
        /// The limit.
        max: usize,
    },
    /// A text field longer than [`MAX_TEXT_CHARS`](super::MAX_TEXT_CHARS) characters.
    #[error("字段 {field} 有 {chars} 个字符,超过了每个字段 {max} 个字符的上限,没有导入。正常填写不会这么长,文件可能被手工改动或已损坏;请改用最近一次导出的存档。")]
    TooLong {
        /// The field's path.
        field: String,
        /// Its length in characters.
        chars: usize,
        /// The limit.
        max: usize,
    },
    /// JSON that stops before it is complete.
    #[error("文件内容不完整,在结尾处被截断了(可能下载或复制没有完成)。请重新导出,或改用之前完整保存的副本。")]
    Truncated,
    /// Valid JSON, but not a 指尖自查 file.
    #[error("这个文件不是指尖自查的存档(找不到格式版本或自查内容)。请选择从本工具“导出”得到的 .json 文件。")]
    NotOurFile,
    /// `format_version` is present but not a positive whole number; shows what was found.
    #[error(
        "存档的格式版本“{0}”无效(应为正整数),文件可能被手工改动过。请改用最近一次导出的存档。"
    )]
    BadVersion(String),
    /// Written by a newer build; carries the file's format version.
    #[error("这个文件来自更新版本的指尖自查(格式版本 {0}),当前版本只能读取到格式版本 {FORMAT_VERSION}。请升级本工具后再打开。")]
    FutureVersion(u64),
    /// Answered against another criteria pack; carries that pack's id.
    #[error("这个存档是按另一份问卷(“{0}”)填写的,与本工具使用的问卷不同,答案无法逐题对应,因此不能导入。请用填写时所用的工具打开它。")]
    OtherPack(String),
    /// The file carries an overlay pack (local criteria) that does not check out.
    #[error("存档附带的地方标准“{name}”无法使用:{problem}。文件可能被手工改动过,请向填报单位索取原始导出文件。")]
    BadOverlay {
        /// The overlay's title or id.
        name: String,
        /// The first problem, in Chinese.
        problem: String,
    },
    /// Our file, but a field is missing or of the wrong type; says which, in Chinese.
    #[error("存档内容有误:{0}。文件可能被手工改动过或已损坏,请改用最近一次导出的存档。")]
    Malformed(String),
    /// A whole-browser backup given to the single-file import; the UI should offer restore-all.
    #[error("这是一个完整备份文件(含 {drafts} 份自查),不是单份存档。请使用“恢复备份”打开它,以免遗漏其中的自查。")]
    IsBackup {
        /// Number of drafts in the backup.
        drafts: usize,
    },
    /// A single saved file given to the restore-all import.
    #[error("这是单份自查存档,不是完整备份。请使用“打开存档”导入它。")]
    NotBackup,
}

impl ImportError {
    /// A stable code for tests and logs; never shown to users.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::TooLarge { .. } => "too_large",
            Self::Empty => "empty",
            Self::NotText(_) => "not_text",
            Self::WrongEncoding(_) => "wrong_encoding",
            Self::NotJson { .. } => "not_json",
            Self::NumberOutOfRange { .. } => "number_out_of_range",
            Self::DuplicateKey(_) => "duplicate_key",
            Self::TooMany { .. } => "too_many",
            Self::TooLong { .. } => "too_long",
            Self::Truncated => "truncated",
            Self::NotOurFile => "not_our_file",
            Self::BadVersion(_) => "bad_version",
            Self::FutureVersion(_) => "future_version",
            Self::OtherPack(_) => "other_pack",
            Self::Malformed(_) => "malformed",
            Self::BadOverlay { .. } => "bad_overlay",
            Self::IsBackup { .. } => "is_backup",
            Self::NotBackup => "not_backup",
        }
    }
}

/// Bytes as mebibytes with one decimal, e.g. `50.0`.
fn mib(size: u64) -> String {
    // Precision loss above 2^53 bytes is irrelevant for a size shown to one decimal.
    format!("{:.1}", size as f64 / 1_048_576.0)
}

/// At most `max` characters of `text`, with `…` when cut: keeps messages short whatever a file holds.
pub(super) fn clip(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", text.get(..at).unwrap_or_default()),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_cuts_on_characters_not_bytes() {
        assert_eq!(clip("某县人社局", 2), "某县…");
        assert_eq!(clip("abc", 3), "abc");
    }

    #[test]
    fn every_message_is_chinese_and_every_kind_distinct() {
        let all = [
            ImportError::TooLarge { size: 1 },
            ImportError::Empty,
            ImportError::NotText("图片(PNG)"),
            ImportError::WrongEncoding("UTF-16"),
            ImportError::NotJson { line: 1, column: 1 },
            ImportError::NumberOutOfRange { line: 1, column: 1 },
            ImportError::DuplicateKey("a".into()),
            ImportError::TooMany {
                what: "答案",
                found: 2,
                max: 1,
            },
            ImportError::TooLong {
                field: "a".into(),
                chars: 2,
                max: 1,
            },
            ImportError::Truncated,
            ImportError::NotOurFile,
            ImportError::BadVersion("0".into()),
            ImportError::FutureVersion(2),
            ImportError::OtherPack("x".into()),
            ImportError::Malformed("x".into()),
            ImportError::IsBackup { drafts: 1 },
            ImportError::NotBackup,
        ];
        let mut kinds: Vec<&str> = all.iter().map(ImportError::kind).collect();
        kinds.sort_unstable();
        kinds.dedup();
        assert_eq!(kinds.len(), all.len());
        assert!(all.iter().all(|e| e.to_string().contains("。")));
    }
}
