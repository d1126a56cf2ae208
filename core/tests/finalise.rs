//! 定稿 and 重新打开, the seal check on import, the QR payload and 核验: one behaviour per
//! test, on the sample unit and the v1 fixtures. The fingerprint itself: `content_fingerprint.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::sample::{fp, pack, sample};
use fingertip_core::edit::{apply, Edit};
use fingertip_core::engine::evaluate;
use fingertip_core::finalise::{check_seal, finalise, reopen, FinaliseError, SealCheck};
use fingertip_core::fingerprint::short;
use fingertip_core::import::{inspect, WarningKind};
use fingertip_core::model::{Answer, AnswerRef};
use fingertip_core::report::{build_report, qr_svg, QR_TITLE};
use fingertip_core::save::{self, SavedFile};
use fingertip_core::verify::{file_facts, parse_typed, verify, Outcome};

#[test]
fn a_finalised_self_check_refuses_edits_until_reopened_with_a_reason() {
    let mut a = sample();
    let key = a
        .answers
        .keys()
        .next()
        .map(|(i, s)| (i.clone(), s.clone()))
        .expect("answers");
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
