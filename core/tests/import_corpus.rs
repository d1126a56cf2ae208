//! The bad-file corpus: every file in `tests/fixtures/bad/` gives exactly the error kind, or for
//! readable files exactly the issue kinds, this table says — and the table covers every file.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::corpus::{dir, is_chinese, open};

use std::fs;

use fingertip_core::save::IssueKind::{self, *};

/// What a corpus file must give.
enum Expect {
    /// This error kind.
    Err(&'static str),
    /// A preview with exactly these issue kinds, in order, and this blocking flag.
    Ok(&'static [IssueKind], bool),
}

use Expect::{Err as E, Ok as P};

const CORPUS: &[(&str, Expect)] = &[
    ("empty.json", E("empty")),
    ("whitespace.json", E("empty")),
    ("not-json.txt", E("not_json")),
    ("truncated.json", E("truncated")),
    ("truncated-mid-character.json", E("truncated")),
    ("array.json", E("not_our_file")),
    ("number.json", E("not_our_file")),
    ("null.json", E("not_our_file")),
    ("string.json", E("not_our_file")),
    ("other-app.json", E("not_our_file")),
    ("nested-garbage.json", E("not_our_file")),
    ("deep-nesting.json", E("not_json")),
    ("trailing-garbage.json", E("not_json")),
    // A number too large for a double is named as such (issue 22; was "not_json").
    ("huge-number.json", E("number_out_of_range")),
    ("number-1e400.json", E("number_out_of_range")),
    ("duplicate-key-answers.json", E("duplicate_key")),
    ("duplicate-key-unit-name.json", E("duplicate_key")),
    ("utf16-no-bom-chinese-first.json", E("wrong_encoding")),
    (
        "impossible-timestamps.json",
        P(&[InvalidTimestamp, InvalidTimestamp], false),
    ),
    ("invisible-characters.json", P(&[UnknownAsset], false)),
    ("too-many-apps.json", E("too_many")),
    ("too-long-text.json", E("too_long")),
    ("missing-assessment.json", E("not_our_file")),
    ("missing-version.json", E("not_our_file")),
    ("future-version.json", E("future_version")),
    ("version-zero.json", E("bad_version")),
    ("string-version.json", E("bad_version")),
    ("other-pack.json", E("other_pack")),
    ("missing-pack-id.json", E("malformed")),
    ("malformed-answers.json", E("malformed")),
    ("missing-profile-name.json", E("malformed")),
    ("unknown-enum-value.json", E("malformed")),
    ("duplicate-asset-ids.json", P(&[DuplicateAsset], true)),
    ("duplicate-answers.json", P(&[DuplicateAnswer], true)),
    ("unknown-item-ids.json", P(&[UnknownItem], false)),
    ("unknown-asset.json", P(&[UnknownAsset], false)),
    ("wrong-kind-number-for-yes-no.json", P(&[WrongKind], true)),
    ("option-not-in-list.json", P(&[WrongKind], true)),
    ("invalid-date.json", P(&[InvalidDate, InvalidDate], false)),
    // account_silent_days was retired in pack 1.1.0: a bad value of it is reported but no
    // longer blocks (nothing uses it); a bad value of a parameter in use still blocks.
    ("negative-parameter.json", P(&[UnknownParameter], false)),
    ("negative-parameter-v2.json", P(&[UnknownParameter], true)),
    ("unknown-parameter.json", P(&[UnknownParameter], false)),
    ("html-script-strings.json", P(&[], false)),
    ("ignored-fields.json", P(&[], false)),
    ("old-pack-version.json", P(&[], false)),
    ("bom-utf8.json", P(&[], false)),
    ("utf16.json", E("wrong_encoding")),
    ("utf16-no-bom.json", E("wrong_encoding")),
    ("gbk.json", E("wrong_encoding")),
    ("nul-bytes.json", E("not_text")),
    ("docx-renamed.json", E("not_text")),
    ("xlsx-renamed.json", E("not_text")),
    ("zip-renamed.json", E("not_text")),
    ("png-renamed.json", E("not_text")),
    ("jpeg-renamed.json", E("not_text")),
    ("gif-renamed.json", E("not_text")),
    ("pdf-renamed.json", E("not_text")),
    ("doc-ole-renamed.json", E("not_text")),
    ("backup.json", E("is_backup")),
    ("backup-one-bad-draft.json", E("is_backup")),
];

/// Files in the corpus directory that are not corpus files.
const NOT_CORPUS: &[&str] = &["generate.py", "README.md"];

#[test]
fn the_corpus_has_at_least_25_files_and_the_table_covers_every_one() {
    let mut on_disk: Vec<String> = fs::read_dir(dir())
        .expect("corpus directory")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !NOT_CORPUS.contains(&n.as_str()))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = CORPUS.iter().map(|(n, _)| n.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
    assert!(listed.len() >= 25);
}

#[test]
fn every_corpus_file_gives_exactly_its_expected_result() {
    for (name, expect) in CORPUS {
        match (expect, open(name)) {
            (E(kind), Err(e)) => {
                assert_eq!(e.kind(), *kind, "{name}: {e}");
                assert!(is_chinese(&e.to_string()), "{name}: {e}");
            }
            (E(kind), Ok(p)) => panic!("{name}: expected {kind}, imported {:?}", p.problems),
            (P(kinds, blocking), Ok(p)) => {
                let found: Vec<IssueKind> = p.problems.iter().map(|i| i.kind).collect();
                assert_eq!(found, *kinds, "{name}: {:#?}", p.problems);
                assert_eq!(p.blocking, *blocking, "{name}");
                assert!(p.problems.iter().all(|i| is_chinese(&i.message)), "{name}");
            }
            (P(..), Err(e)) => panic!("{name}: expected a preview, got {e}"),
        }
    }
}
