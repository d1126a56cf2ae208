//! The assessment fingerprint printed on the report: the short form of the content fingerprint
//! (see [`crate::fingerprint`]), which ties a printed report to its data file whatever copy of
//! the file it is (export, re-import, another machine).

use sha2::{Digest, Sha256};

use crate::fingerprint::{content_fingerprint, short};
use crate::model::Assessment;
use crate::pack::Pack;

/// The first 16 hex digits (lower case) of SHA-256 over `text`.
pub fn fingerprint(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The short content fingerprint (16 hex digits) of `assessment` answered against `pack`.
pub fn assessment_fingerprint(pack: &Pack, assessment: &Assessment) -> String {
    short(&full_fingerprint(pack, assessment)).to_string()
}

/// The full content fingerprint (64 hex digits) of `assessment` answered against `pack`.
pub fn full_fingerprint(pack: &Pack, assessment: &Assessment) -> String {
    content_fingerprint(&pack.id, &pack.version, assessment)
}
