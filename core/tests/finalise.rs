//! The content fingerprint, 定稿 and 重新打开, the seal check on import, the QR payload and
//! 核验: one behaviour per test, on the sample unit and the v1 fixtures.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use fingertip_core::edit::{apply, Edit};
use fingertip_core::engine::evaluate;
use fingertip_core::finalise::{check_seal, finalise, reopen, FinaliseError, SealCheck};
use fingertip_core::fingerprint::{canonical_json, content_fingerprint, short};
use fingertip_core::import::{inspect, WarningKind};
use fingertip_core::model::{Answer, AnswerRef, AnswerValue, Assessment, RectStatus};
use fingertip_core::pack::{embedded, Pack};
use fingertip_core::report::{build_report, qr_svg, QR_TITLE};
use fingertip_core::sample::sample_assessment;
use fingertip_core::save::{self, SavedFile};
use fingertip_core::verify::{file_facts, parse_typed, verify, Outcome};
use serde_json::Value;

fn pack() -> &'static Pack {
    embedded().expect("the embedded pack parses")
}

fn sample() -> Assessment {
    sample_assessment("draft-1", "2026-11-01T09:00:00Z").expect("the sample parses")
}

fn fp(a: &Assessment) -> String {
    content_fingerprint(&pack().id, &pack().version, a)
}

/// `value` with the members of every object in reverse order (serde_json keeps insertion order
/// only with `preserve_order`, so the text is rebuilt by hand).
fn reversed_keys(value: &Value) -> String {
    match value {
        Value::Object(map) => {
            let members: Vec<String> = map
                .iter()
                .rev()
                .map(|(k, v)| format!("{}:{}", Value::String(k.clone()), reversed_keys(v)))
                .collect();
            format!("{{{}}}", members.join(","))
        }
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(reversed_keys).collect();
            format!("[{}]", items.join(","))
        }
        other => other.to_string(),
    }
}

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
        .cloned()
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
fn a_finalised_self_check_refuses_edits_until_reopened_with_a_reason() {
    let mut a = sample();
    let key = a.answers.keys().next().cloned().expect("answers");
    assert_eq!(
        finalise(pack(), &mut a, "  ", "", "t"),
        Err(FinaliseError::NoAssessor)
    );
    assert!(!a.is_finalised());
    finalise(
        pack(),
        &mut a,
        " 赵敏 ",
        "钱局长",
        "2026-11-02T10:00:00+08:00",
    )
    .expect("finalises");
    let record = a.finalisation.finalised.clone().expect("record");
    assert_eq!(
        (record.assessor.as_str(), record.reviewer.as_str()),
        ("赵敏", "钱局长")
    );
    assert_eq!(record.fingerprint, fp(&a));
    let before = a.clone();
    let edit = Edit::Answer {
        item: key.0.clone(),
        asset: key.1.clone(),
        answer: Some(Answer::choice("partial")),
    };
    assert!(!apply(&mut a, edit.clone()));
    assert!(!apply(&mut a, Edit::Remove("grp-1".into())));
    assert_eq!(a, before);
    assert_eq!(
        finalise(pack(), &mut a, "x", "", "t"),
        Err(FinaliseError::AlreadyFinalised)
    );
    assert_eq!(reopen(&mut a, " ", "t"), Err(FinaliseError::NoReason));
    assert_eq!(a, before);
    reopen(&mut a, "主管部门要求补充说明", "2026-11-03T09:00:00+08:00").expect("reopens");
    assert!(!a.is_finalised());
    assert!(apply(&mut a, edit));
    finalise(pack(), &mut a, "赵敏", "", "2026-11-03T11:00:00+08:00").expect("again");
    let log = &a.finalisation.log;
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].reason, "主管部门要求补充说明");
    assert_eq!(log[0].before, record.fingerprint);
    assert_eq!(log[0].after, fp(&a));
    assert_ne!(log[0].after, log[0].before);
    assert_eq!(
        log[0].changed,
        [AnswerRef {
            item: key.0,
            asset: key.1
        }]
    );
    assert!(
        log[0].baseline.is_empty(),
        "the baseline is dropped once closed"
    );
    // The record travels in the saved file and is shown in the report's working record.
    let json = save::to_json(pack(), &a);
    assert!(json.contains("主管部门要求补充说明"));
    let reread = save::parse(&json).expect("parses").into_assessment();
    assert_eq!(reread.finalisation, a.finalisation);
    let report = build_report(pack(), &a, &evaluate(pack(), &a));
    assert!(report.record.finalised);
    assert_eq!(report.record.entries[0].reason, "主管部门要求补充说明");
    assert_eq!(report.record.entries[0].changed.len(), 1);
    assert_eq!(report.record.at, "2026-11-03 11:00");
}

#[test]
fn a_file_without_a_finalisation_record_opens_and_saves_without_one() {
    let text = include_str!("fixtures/v1/county-hrss.json");
    let file = save::parse(text).expect("the v1 fixture opens");
    assert!(file.assessment.finalisation.is_empty());
    let a = file.into_assessment();
    assert!(!save::to_json(pack(), &a).contains("finalisation"));
    let p = inspect(text.as_bytes(), pack()).expect("imports");
    assert_eq!(p.seal, SealCheck::NotFinalised);
    assert!(p
        .warnings
        .iter()
        .all(|w| w.kind != WarningKind::Finalisation));
}

#[test]
fn import_keeps_an_intact_finalisation_and_drops_a_broken_one_with_a_warning() {
    let mut a = sample();
    finalise(
        pack(),
        &mut a,
        "赵敏",
        "钱局长",
        "2026-11-02T10:00:00+08:00",
    )
    .expect("finalises");
    let json = save::to_json(pack(), &a);
    let p = inspect(json.as_bytes(), pack()).expect("imports");
    assert_eq!(p.seal, SealCheck::Intact);
    assert!(p.file.clone().into_assessment().is_finalised());
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);

    let name = &a.profile.name;
    let edited = json.replacen(name.as_str(), &format!("{name}(改)"), 1);
    assert_ne!(edited, json);
    let p = inspect(edited.as_bytes(), pack()).expect("still imports");
    assert!(matches!(p.seal, SealCheck::Broken { .. }));
    assert!(!p.file.clone().into_assessment().is_finalised());
    let w = p.warnings.first().expect("a warning");
    assert_eq!(w.kind, WarningKind::Finalisation);
    assert!(
        w.message.contains("与定稿时记录的数据指纹不一致"),
        "{}",
        w.message
    );
    assert!(w.message.contains("赵敏"));
    assert!(p.ignored_fields.is_empty(), "{:?}", p.ignored_fields);

    let mut older: SavedFile = save::parse(&json).expect("parses");
    older.pack_version = "0.9.0".into();
    assert!(matches!(
        check_seal(&older, pack()),
        SealCheck::Broken { .. }
    ));
}

#[test]
fn the_qr_code_carries_fingerprint_unit_date_and_pack() {
    let a = sample();
    let report = build_report(pack(), &a, &evaluate(pack(), &a));
    let c = &report.cover;
    let lines: Vec<&str> = report.qr_payload.lines().collect();
    assert_eq!(lines[0], format!("{QR_TITLE} {}", fp(&a)));
    assert_eq!(lines[1], format!("单位 {}", c.unit));
    assert_eq!(lines[2], format!("日期 {}", c.date));
    assert_eq!(lines[3], format!("问卷 {} {}", pack().id, pack().version));
    let qr = report.qr.as_ref().expect("a code");
    assert_eq!(Some(qr), qr_svg(&report.qr_payload).as_ref());
    assert_eq!(parse_typed(&report.qr_payload), Ok(fp(&a)));
}

#[test]
fn verify_matches_the_file_the_paper_came_from() {
    let a = sample();
    let json = save::to_json(pack(), &a);
    let mut b = a.clone();
    b.profile.name.push('局');
    let other = save::to_json(pack(), &b);
    let facts = |t: &str| file_facts(t.as_bytes(), pack(), &[]).expect("reads");
    let (fa, fb) = (facts(&json), facts(&other));
    assert_eq!(fa.fingerprint, fp(&a));
    assert_eq!(fa.state, "未定稿");
    let typed = parse_typed(&short(&fp(&a)).to_uppercase()).expect("typed");
    let files = |list: &[&str]| list.iter().map(|s| Some(s.to_string())).collect::<Vec<_>>();
    let run = |list: Vec<Option<String>>| {
        let refs: Vec<Option<&str>> = list.iter().map(|f| f.as_deref()).collect();
        verify(&typed, &refs)
    };
    assert_eq!(run(files(&[&fa.fingerprint])), Some(Outcome::Match));
    assert_eq!(
        run(files(&[&fb.fingerprint, &fa.fingerprint])),
        Some(Outcome::Mismatch { other: Some(1) })
    );
    assert_eq!(
        run(files(&[&fb.fingerprint])),
        Some(Outcome::Mismatch { other: None })
    );
    assert!(file_facts(b"{}", pack(), &[]).is_err());
}
