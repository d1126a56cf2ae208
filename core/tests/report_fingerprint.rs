//! The assessment fingerprint: 16 hex digits of SHA-256 over the canonical saved JSON, stable for
//! the same assessment and different after any answer changes.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use fingertip_core::engine::evaluate;
use fingertip_core::model::{Answer, AnswerValue};
use fingertip_core::pack::embedded;
use fingertip_core::report::{assessment_fingerprint, build_report, fingerprint};
use fingertip_core::sample::sample_assessment;
use fingertip_core::save;

#[test]
fn fingerprint_is_the_first_16_hex_digits_of_sha256() {
    assert_eq!(fingerprint(""), "e3b0c44298fc1c14");
    assert_eq!(fingerprint("abc"), "ba7816bf8f01cfea");
}

#[test]
fn fingerprint_is_stable_and_changes_with_an_answer() {
    let pack = embedded().expect("the embedded pack parses");
    let a = sample_assessment("draft-1", "2026-11-01T09:00:00Z").expect("the sample parses");
    let fp = assessment_fingerprint(pack, &a);
    assert_eq!(fp.len(), 16);
    assert!(fp
        .chars()
        .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
    assert_eq!(
        fp,
        fingerprint(&fingertip_core::fingerprint::canonical_json(
            &pack.id,
            &pack.version,
            &a
        ))
    );
    assert_eq!(fp, assessment_fingerprint(pack, &a.clone()));
    let reopened = save::parse(&save::to_json(pack, &a))
        .expect("round trip")
        .into_assessment();
    assert_eq!(assessment_fingerprint(pack, &reopened), fp);
    let report = build_report(pack, &a, &evaluate(pack, &a));
    assert_eq!(report.cover.fingerprint, fp);

    let mut changed = a.clone();
    changed.answers.insert(
        ("A1.1".into(), "unit".into()),
        Answer::of(AnswerValue::Choice("no".into())),
    );
    let fp2 = assessment_fingerprint(pack, &changed);
    assert_ne!(fp2, fp);
    let mut noted = a.clone();
    if let Some(x) = noted.answers.get_mut(&("A1.2".into(), "unit".into())) {
        x.note.push('。');
    }
    assert_ne!(assessment_fingerprint(pack, &noted), fp);
}
