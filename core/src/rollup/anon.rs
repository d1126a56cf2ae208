//! The anonymised roll-up for reporting upward (non-attributable): unit names become stable
//! codes, app names become 应用1, 应用2 …, file names are dropped, and every export says what
//! was removed. The roll-up never holds notes, people or contacts in the first place.

use sha2::{Digest, Sha256};

/// What an anonymised export leaves out, listed in the export itself.
pub const REMOVED: [&str; 7] = [
    "单位名称(以稳定编码代替,同一单位、同一口令下编码不变)",
    "文件名",
    "应用名称(以“应用1、应用2……”代替)、公众账号名称、工作群名称",
    "备案编号",
    "填表人、联系方式、工作群群主等人员信息",
    "各题的备注、不适用理由、整改措施、整改责任人和期限",
    "判定理由和资产名称(可能引用以上内容)",
];

/// The heading of the removed list.
pub const REMOVED_TITLE: &str = "本文件已匿名化,删除或替换了以下内容";

/// How names appear in the roll-up and its exports.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Naming {
    /// Names as written.
    #[default]
    Plain,
    /// Stable codes; the key (a phrase only the supervisor knows) makes codes unguessable from
    /// a list of unit names, and the same key gives the same codes in every export.
    Anonymised {
        /// The supervisor's phrase; may be empty.
        key: String,
    },
}

impl Naming {
    /// Whether names are replaced.
    pub fn is_anonymised(&self) -> bool {
        matches!(self, Self::Anonymised { .. })
    }

    /// The unit as shown: its name, or its code `U` + 10 hex digits of
    /// SHA-256(key, unit identity) — 40 bits, so 100,000 units are unlikely to share a code.
    pub fn unit(&self, name: &str, identity: &str) -> String {
        match self {
            Self::Plain => name.to_string(),
            Self::Anonymised { key } => {
                let mut hash = Sha256::new();
                hash.update(key.as_bytes());
                hash.update([0u8]);
                hash.update(identity.as_bytes());
                let digest = hash.finalize();
                let hex: String = digest.iter().take(5).map(|b| format!("{b:02X}")).collect();
                format!("U{hex}")
            }
        }
    }

    /// App number `index` (from 0) of a unit as shown: its name, or 应用N.
    pub fn app(&self, name: &str, index: usize) -> String {
        match self {
            Self::Plain => name.to_string(),
            Self::Anonymised { .. } => format!("应用{}", index + 1),
        }
    }

    /// A file name as shown: as written, or empty.
    pub fn file(&self, name: &str) -> String {
        match self {
            Self::Plain => name.to_string(),
            Self::Anonymised { .. } => String::new(),
        }
    }
}
