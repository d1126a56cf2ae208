//! The content fingerprint: stable under export, re-import, copying, key order and whitespace;
//! changed by any answer, note, asset or ledger cell; the documented example recomputes.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::sample::{fp, pack, reversed_keys, sample};
use fingertip_core::engine::evaluate;
use fingertip_core::fingerprint::{canonical_json, content_fingerprint, short};
use fingertip_core::import::inspect;
use fingertip_core::model::{Answer, AnswerValue, Assessment, RectStatus};
use fingertip_core::report::build_report;
use fingertip_core::save::{self};
use serde_json::Value;

#[test]
fn the_fingerprint_is_stable_under_export_reimport_copy_key_order_and_whitespace() {
    let a = sample();
    let expected = fp(&a);
    assert_eq!(expected.len(), 64);
    let json = save::to_json(pack(), &a);
    // Re-export of the re-read file.
    let reread = save::parse(&json).expect("round trip").into_assessment();
    assert_eq!(fp(&reread), expected);
    assert_eq!(save::to_json(pack(), &reread), json);
    // Re-import: a new id and new times, as the import and another machine give it.
    let mut copy = reread.clone();
    copy.id = "d19f0000000abcde".into();
    copy.created = "2027-01-02T03:04:05.678Z".into();
    copy.updated = "2027-01-02T03:04:06.000Z".into();
    assert_eq!(fp(&copy), expected);
    // Key order and whitespace of the file.
    let value: Value = serde_json::from_str(&json).expect("json");
    let compact = serde_json::to_string(&value).expect("compact");
    let shuffled = reversed_keys(&value);
    assert_ne!(shuffled, compact);
    for text in [compact, shuffled, json.replace('\n', "\r\n  ")] {
        let a2 = save::parse(&text).expect("parses").into_assessment();
        assert_eq!(fp(&a2), expected);
    }
    // Defaults written out or left out are the same content.
    let mut explicit: Value = serde_json::from_str(&json).expect("json");
    let mut written = 0;
    for answer in explicit["assessment"]["answers"]
        .as_array_mut()
        .into_iter()
        .flatten()
    {
        for (key, default) in [
            ("note", Value::from("")),
            ("exception", Value::from(false)),
            ("evidence", Value::Array(Vec::new())),
        ] {
            if let Some(obj) = answer.as_object_mut().filter(|o| !o.contains_key(key)) {
                obj.insert(key.into(), default);
                written += 1;
            }
        }
    }
    assert!(written > 0);
    let a3 = save::parse(&explicit.to_string())
        .expect("parses")
        .into_assessment();
    assert_eq!(fp(&a3), expected);
    // The report prints the short form, and the import preview's file gives the same.
    let report = build_report(pack(), &a, &evaluate(pack(), &a));
    assert_eq!(report.cover.fingerprint, short(&expected));
    let preview = inspect(json.as_bytes(), pack()).expect("imports");
    assert_eq!(fp(&preview.file.into_assessment()), expected);
}

#[test]
fn the_fingerprint_changes_with_any_answer_note_asset_or_ledger_cell() {
    let a = sample();
    let base = fp(&a);
    let key = a
        .answers
        .keys()
        .next()
        .map(|(i, s)| (i.clone(), s.clone()))
        .expect("the sample has answers");
    let with = |change: &dyn Fn(&mut Assessment)| {
        let mut b = a.clone();
        change(&mut b);
        fp(&b)
    };
    let answer = |f: fn(&mut Answer)| {
        let key = key.clone();
        move |b: &mut Assessment| {
            if let Some(x) = b.answers.get_mut(&key) {
                f(x)
            }
        }
    };
    let changes: Vec<(&str, String)> = vec![
        (
            "value",
            with(&answer(|x| {
                x.value = Some(AnswerValue::Choice("partial".into()))
            })),
        ),
        ("cleared value", with(&answer(|x| x.value = None))),
        ("note", with(&answer(|x| x.note.push('。')))),
        ("note whitespace", with(&answer(|x| x.note.push(' ')))),
        ("evidence", with(&answer(|x| x.evidence.push(0)))),
        ("exception", with(&answer(|x| x.exception = !x.exception))),
        (
            "ledger measure",
            with(&answer(|x| x.measure = Some("另行整改".into()))),
        ),
        ("ledger owner", with(&answer(|x| x.owner.push('甲')))),
        (
            "ledger deadline",
            with(&answer(|x| x.deadline = "2027-03-31".into())),
        ),
        (
            "ledger status",
            with(&answer(|x| x.status = RectStatus::Done)),
        ),
        (
            "new answer",
            with(&|b: &mut Assessment| {
                b.answers
                    .insert(("Z9.9".into(), "unit".into()), Answer::choice("yes"));
            }),
        ),
        (
            "removed answer",
            with(&|b: &mut Assessment| {
                b.answers.remove(&key);
            }),
        ),
        (
            "asset name",
            with(&|b: &mut Assessment| {
                if let Some(app) = b.inventory.apps.first_mut() {
                    app.name.push('2')
                }
            }),
        ),
        (
            "group members",
            with(&|b: &mut Assessment| {
                if let Some(g) = b.inventory.groups.first_mut() {
                    g.members += 1
                }
            }),
        ),
        (
            "asset order",
            with(&|b: &mut Assessment| b.inventory.groups.reverse()),
        ),
        (
            "unit name",
            with(&|b: &mut Assessment| b.profile.name.push('局')),
        ),
        (
            "parameter",
            with(&|b: &mut Assessment| {
                b.parameters.insert("x".into(), 1.5);
            }),
        ),
    ];
    assert!(
        a.inventory.groups.len() > 1,
        "the sample has groups to reorder"
    );
    let mut seen = vec![base.clone()];
    for (what, changed) in changes {
        assert!(
            !seen.contains(&changed),
            "{what} did not change the fingerprint"
        );
        seen.push(changed);
    }
    // Another pack version is other content.
    assert_ne!(content_fingerprint(&pack().id, "0.0.1", &a), base);
}

#[test]
fn the_documented_example_recomputes() {
    let doc = include_str!("../../docs/fingerprint.md");
    let example: Assessment = save::parse(
        r#"{"format_version":1,"pack_id":"fingertip-2023","pack_version":"1.0.0","assessment":
        {"id":"d1","created":"2026-11-01T09:00:00Z","updated":"2026-11-01T09:30:00Z",
         "profile":{"name":"某县档案馆","level":"county","unit_type":"public_institution",
           "purpose":"periodic","assessor":"王五","contact":"","date":"2026-11-01"},
         "inventory":{"groups":[{"id":"grp-1","platform":"微信","name":"馆务群","kind":"standing","members":12}]},
         "answers":[{"item":"A1.1","asset":"unit","value":{"type":"choice","value":"yes"},"note":"见\"制度\"","status":"open"}],
         "parameters":{}}}"#,
    )
    .expect("the example parses")
    .into_assessment();
    let canonical = canonical_json("fingertip-2023", "1.0.0", &example);
    assert!(
        doc.contains(&canonical),
        "docs/fingerprint.md must show the canonical text:\n{canonical}"
    );
    let full = content_fingerprint("fingertip-2023", "1.0.0", &example);
    assert!(doc.contains(&full), "docs/fingerprint.md must show {full}");
    // Values computed by the independent scripts/fingerprint.py from the v1 fixtures.
    for (text, python) in [
        (
            include_str!("fixtures/v1/county-hrss.json"),
            "3903adbba56365a6ce57bddee453611cf2ac5c6cd9db2bb0e4cafb4d6fb1b2b1",
        ),
        (
            include_str!("fixtures/v1/sample-unit.json"),
            "9be8bd020988522837c191c6e11bfe311bdd4800d9a1c09df1d9c45391071872",
        ),
    ] {
        let file = save::parse(text).expect("fixture opens");
        let (id, version) = (file.pack_id.clone(), file.pack_version.clone());
        assert_eq!(
            content_fingerprint(&id, &version, &file.into_assessment()),
            python
        );
    }
}

#[test]
fn the_text_written_in_pieces_is_the_whole_value_written() {
    use fingertip_core::fingerprint::{content_value, prune, sha256_hex, write};
    let whole =
        |id: &str, version: &str, a: &Assessment| write(&prune(content_value(id, version, a)));
    let mut empty = sample();
    empty.answers = Default::default();
    empty.inventory = Default::default();
    empty.parameters = Default::default();
    empty.profile = Default::default();
    let mut files = vec![sample(), empty];
    for text in [
        include_str!("fixtures/v1/county-hrss.json"),
        include_str!("../../content/samples/sample-unit.json"),
    ] {
        files.push(save::parse(text).expect("fixture opens").into_assessment());
    }
    for a in &files {
        for (id, version) in [("fingertip-2023", "1.1.0"), ("", "")] {
            let expected = whole(id, version, a);
            assert_eq!(canonical_json(id, version, a), expected);
            assert_eq!(content_fingerprint(id, version, a), sha256_hex(&expected));
        }
    }
}
