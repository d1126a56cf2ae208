//! The saved form on the synthetic pack: deterministic output, round trip, refusal of files that
//! are not ours, and validation that reports every mismatch with its field.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::builder::Unit;
use common::synthetic;
use fingertip_core::model::*;
use fingertip_core::save::*;

fn sample() -> (fingertip_core::pack::Pack, Assessment) {
    let pack = synthetic::pack();
    let a = Unit::new(&pack)
        .app("app-1", "办公通")
        .account("acct-1", "微信公众号", "某市发布", "2026-06-01")
        .group("grp-1", "专班群", GroupKind::Temporary, false)
        .choice("A1", "app-1", "partial")
        .param("silent", 60.0)
        .build();
    (pack, a)
}

#[test]
fn to_json_is_deterministic_and_round_trips() {
    let (pack, a) = sample();
    let json = to_json(&pack, &a);
    assert_eq!(json, to_json(&pack, &a.clone()));
    let file = parse(&json).expect("parses");
    assert_eq!(
        (
            file.format_version,
            file.pack_id.as_str(),
            file.pack_version.as_str()
        ),
        (FORMAT_VERSION, "synthetic", "0.1.0")
    );
    assert!(validate(&pack, &file).is_empty());
    assert_eq!(file.into_assessment(), a);
}

#[test]
fn files_that_are_not_ours_are_refused_with_chinese_messages() {
    let err = |s: &str| parse(s).expect_err("refused");
    assert!(matches!(err("not json"), SaveError::NotJson(_)));
    assert!(err("not json")
        .to_string()
        .starts_with("文件不是有效的 JSON"));
    assert_eq!(
        err("[1, 2]"),
        SaveError::NotOurFile("format_version".into())
    );
    assert_eq!(
        err(r#"{"format_version": 1, "assessment": {}}"#),
        SaveError::NotOurFile("pack_id".into())
    );
    assert_eq!(
        err(r#"{"format_version": 1, "pack_id": "x"}"#).to_string(),
        "这不是指尖自查的存档文件:缺少“assessment”字段"
    );
    let future =
        err(r#"{"format_version": 7, "pack_id": "x", "pack_version": "1", "assessment": {}}"#);
    assert_eq!(
        future,
        SaveError::FutureVersion {
            found: 7,
            supported: FORMAT_VERSION
        }
    );
    assert_eq!(
        future.to_string(),
        "存档格式版本为 7,本工具只支持到版本 3,请使用新版指尖自查打开"
    );
    assert_eq!(
        err(r#"{"format_version": "1", "pack_id": "x", "assessment": {}}"#),
        SaveError::BadVersion("\"1\"".into())
    );
    assert_eq!(
        err(r#"{"format_version": 0, "pack_id": "x", "assessment": {}}"#),
        SaveError::BadVersion("0".into())
    );
    let malformed = err(
        r#"{"format_version": 1, "pack_id": "x", "pack_version": "1", "assessment": {"id": 3}}"#,
    );
    assert!(
        matches!(malformed, SaveError::Malformed(_)),
        "{malformed:?}"
    );
    assert!(malformed
        .to_string()
        .starts_with("存档内容不完整或格式有误"));
}

#[test]
fn validation_reports_every_mismatch_with_its_field() {
    let (pack, a) = sample();
    let mut file = parse(&to_json(&pack, &a)).expect("parses");
    file.pack_id = "other-pack".into();
    let body = &mut file.assessment;
    body.profile.date = "2026-13-01".into();
    body.inventory.accounts.push(Account {
        id: "app-1".into(),
        platform: "抖音".into(),
        name: "重号".into(),
        last_update: "昨天".into(),
        ..Account::default()
    });
    body.inventory.groups.push(Group {
        id: "unit".into(),
        ..Group::default()
    });
    let rec = |item: &str, asset: &str, answer: Answer| AnswerRecord {
        item: item.into(),
        asset: asset.into(),
        answer,
    };
    body.answers.extend([
        rec("ZZ9", "unit", Answer::choice("yes")),
        rec("A1", "app-9", Answer::choice("yes")),
        rec("U1", "app-1", Answer::choice("yes")),
        rec("U1", "unit", Answer::of(AnswerValue::Number(3.0))),
        rec(
            "A2",
            "app-1",
            Answer::of(AnswerValue::Multi(vec!["fax".into()])),
        ),
        rec(
            "C1",
            "acct-1",
            Answer::of(AnswerValue::Date("2026-02-30".into())),
        ),
        rec(
            "A1",
            "app-1",
            Answer {
                evidence: vec![5],
                deadline: "下月".into(),
                ..Answer::choice("yes")
            },
        ),
    ]);
    body.parameters.insert("bogus".into(), 1.0);
    body.parameters.insert("max".into(), -2.0);
    let issues = validate(&pack, &file);
    let got: Vec<(IssueKind, &str)> = issues.iter().map(|i| (i.kind, i.field.as_str())).collect();
    let n = a.answers.len();
    let at = |i: usize, f: &str| format!("assessment.answers[{}]{f}", n + i);
    let want = vec![
        (IssueKind::OtherPack, "pack_id".to_string()),
        (IssueKind::InvalidDate, "assessment.profile.date".into()),
        (
            IssueKind::DuplicateAsset,
            "assessment.inventory.accounts[1].id".into(),
        ),
        (
            IssueKind::DuplicateAsset,
            "assessment.inventory.groups[1].id".into(),
        ),
        (
            IssueKind::InvalidDate,
            "assessment.inventory.accounts[1].last_update".into(),
        ),
        (IssueKind::UnknownItem, at(0, ".item")),
        (IssueKind::UnknownAsset, at(1, ".asset")),
        (IssueKind::AssetOutOfScope, at(2, ".asset")),
        (IssueKind::DuplicateAnswer, at(3, "")),
        (IssueKind::WrongKind, at(3, ".value")),
        (IssueKind::DuplicateAnswer, at(4, "")),
        (IssueKind::WrongKind, at(4, ".value")),
        (IssueKind::WrongKind, at(5, ".value")),
        (IssueKind::DuplicateAnswer, at(6, "")),
        (IssueKind::WrongKind, at(6, ".evidence")),
        (IssueKind::InvalidDate, at(6, ".deadline")),
        (
            IssueKind::UnknownParameter,
            "assessment.parameters.bogus".into(),
        ),
        (
            IssueKind::UnknownParameter,
            "assessment.parameters.max".into(),
        ),
    ];
    let want: Vec<(IssueKind, &str)> = want.iter().map(|(k, f)| (*k, f.as_str())).collect();
    assert_eq!(got, want);
    for issue in &issues {
        assert!(issue.message.starts_with(&issue.field), "{issue:?}");
    }
    assert_eq!(
        issues[9].message,
        format!(
            "{}:题目 U1(对象 unit)的答案(数字)无效:答案类型不符:应为是/否,实为数字",
            at(3, ".value")
        )
    );
    assert!(issues[11].message.contains("“fax”不是该题的选项"));
    assert!(issues[12].message.contains("“2026-02-30”不是有效日期"));
}

#[test]
fn a_file_reads_the_same_from_its_text_and_from_a_json_value_in_every_format() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut read = 0;
    for version in ["v1", "v2", "v3"] {
        for entry in std::fs::read_dir(format!("{dir}/{version}")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|x| x != "json") {
                continue;
            }
            let name = path.display();
            let text = std::fs::read_to_string(&path).unwrap();
            let value: serde_json::Value = serde_json::from_str(&text).unwrap();
            let from_text = parse(&text).unwrap();
            assert_eq!(from_text.format_version, FORMAT_VERSION, "{name}");
            assert_eq!(from_value(&value).unwrap(), from_text, "{name}");
            read += 1;
        }
    }
    assert!(read >= 5, "only {read} fixtures found");
    // A wrong field is reported without a position in the text, which may be a migrated copy.
    let (pack, a) = sample();
    let json = to_json(&pack, &a);
    let broken = json.replacen("\"pack_version\": \"0.1.0\"", "\"pack_version\": 5", 1);
    assert_ne!(broken, json);
    let bad = |e: SaveError| match e {
        SaveError::Malformed(detail) => detail,
        other => panic!("{other:?}"),
    };
    let detail = bad(parse(&broken).unwrap_err());
    assert!(
        detail.starts_with("invalid type") && !detail.contains(" at line "),
        "{detail}"
    );
}
