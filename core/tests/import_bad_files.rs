//! Bad files one behaviour at a time: size, repeated keys, impossible timestamps, invisible
//! characters, limits, binary files, unknown items and fields, markup, BOM, old pack versions and a
//! backup with one bad draft. The whole corpus table: `import_corpus.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::corpus::{bytes, error, is_chinese, pack, preview};

use fingertip_core::import::{inspect, inspect_backup, ImportError, WarningKind, MAX_IMPORT_BYTES};

#[test]
fn a_file_over_20_mib_is_refused_by_size_before_it_is_read() {
    let size = usize::try_from(MAX_IMPORT_BYTES).expect("fits") + 1;
    let huge = vec![b' '; size];
    assert_eq!(
        inspect(&huge, pack()),
        Err(ImportError::TooLarge { size: size as u64 })
    );
    assert!(ImportError::TooLarge { size: 50 << 20 }
        .to_string()
        .contains("50.0 MB"));
    let at_limit = vec![b' '; size - 1];
    assert_eq!(inspect(&at_limit, pack()), Err(ImportError::Empty));
}

#[test]
fn a_repeated_key_blocks_the_import_and_names_the_field() {
    assert_eq!(
        error("duplicate-key-answers.json"),
        ImportError::DuplicateKey("assessment.answers".into())
    );
    let said = error("duplicate-key-answers.json").to_string();
    assert!(
        said.starts_with("字段 assessment.answers 出现了两次"),
        "{said}"
    );
    assert_eq!(
        error("duplicate-key-unit-name.json"),
        ImportError::DuplicateKey("assessment.profile.name".into())
    );
}

#[test]
fn impossible_timestamps_are_flagged_and_replaced_on_import() {
    let p = preview("impossible-timestamps.json");
    let fields: Vec<&str> = p.problems.iter().map(|i| i.field.as_str()).collect();
    assert_eq!(fields, ["assessment.created", "assessment.updated"]);
    assert!(
        p.problems[1].message.contains("9999-12-31"),
        "{}",
        p.problems[1].message
    );
    let mut a = p.file.clone().into_assessment();
    fingertip_core::timestamp::repair_stamps(&mut a, "2026-12-01T10:00:00.000Z");
    assert_eq!(
        (a.created.as_str(), a.updated.as_str()),
        ("2026-12-01T10:00:00.000Z", "2026-12-01T10:00:00.000Z")
    );
    let mut good = preview("ignored-fields.json").file.into_assessment();
    let before = good.updated.clone();
    fingertip_core::timestamp::repair_stamps(&mut good, "2026-12-01T10:00:00.000Z");
    assert_eq!(good.updated, before, "a valid stamp is kept");
}

#[test]
fn invisible_characters_are_flagged_and_shown_escaped_in_ids() {
    let p = preview("invisible-characters.json");
    assert!(
        p.problems[0]
            .message
            .contains("对象编号“app-1\\u{200B}”不在清单中"),
        "{}",
        p.problems[0].message
    );
    let flagged: Vec<&str> = p
        .warnings
        .iter()
        .filter(|w| w.kind == WarningKind::Invisible)
        .map(|w| w.field.as_str())
        .collect();
    assert_eq!(flagged.len(), 3, "{flagged:?}");
    assert!(flagged.contains(&"assessment.profile.name"), "{flagged:?}");
    assert!(flagged.iter().any(|f| f.ends_with(".asset")), "{flagged:?}");
    assert!(flagged.iter().any(|f| f.ends_with(".note")), "{flagged:?}");
    assert!(p.warnings.iter().all(|w| is_chinese(&w.message)));
}

#[test]
fn limits_name_what_is_over_and_by_how_much() {
    assert_eq!(
        error("too-many-apps.json"),
        ImportError::TooMany {
            what: "政务应用程序",
            found: 501,
            max: 500
        }
    );
    assert_eq!(
        error("too-long-text.json"),
        ImportError::TooLong {
            field: "assessment.profile.name".into(),
            chars: 20_002,
            max: 10_000
        }
    );
}

#[test]
fn a_100_000_asset_file_is_refused_by_the_limit_without_being_built() {
    let apps: Vec<String> = (0..100_000)
        .map(|i| format!(r#"{{"id":"app-{i}","name":"应用{i}","form":"app","audience":"public","status":"online"}}"#))
        .collect();
    let text = format!(
        r#"{{"format_version":2,"pack_id":"fingertip-2023","pack_version":"1.1.0","assessment":{{"id":"x","profile":{{"name":"大文件"}},"inventory":{{"apps":[{}]}}}}}}"#,
        apps.join(",")
    );
    let started = std::time::Instant::now();
    let e = inspect(text.as_bytes(), pack()).err();
    let took = started.elapsed();
    assert_eq!(
        e,
        Some(ImportError::TooMany {
            what: "政务应用程序",
            found: 100_000,
            max: 500
        })
    );
    println!(
        "100,000-asset file ({} MB) refused in {took:?}",
        text.len() >> 20
    );
}

#[test]
fn an_out_of_range_number_is_named_with_its_place() {
    match error("number-1e400.json") {
        ImportError::NumberOutOfRange { line, column } => assert!(line > 1 && column > 1),
        other => panic!("expected number_out_of_range, got {other}"),
    }
}

#[test]
fn binary_files_are_named_by_what_they_are() {
    for (name, what) in [
        ("docx-renamed.json", "Word 文档"),
        ("xlsx-renamed.json", "Excel 表格"),
        ("zip-renamed.json", "ZIP 压缩包"),
        ("png-renamed.json", "图片(PNG)"),
        ("jpeg-renamed.json", "图片(JPEG)"),
        ("gif-renamed.json", "图片(GIF)"),
        ("pdf-renamed.json", "PDF 文档"),
        ("doc-ole-renamed.json", "旧版 Office 文档(.doc/.xls/.wps)"),
        ("nul-bytes.json", "二进制数据"),
    ] {
        assert_eq!(error(name), ImportError::NotText(what), "{name}");
    }
    for (name, encoding) in [
        ("utf16.json", "UTF-16"),
        ("utf16-no-bom.json", "UTF-16"),
        ("utf16-no-bom-chinese-first.json", "UTF-16"),
        ("gbk.json", "非 UTF-8(可能是 GBK)"),
    ] {
        assert_eq!(error(name), ImportError::WrongEncoding(encoding), "{name}");
    }
}

#[test]
fn errors_carry_what_the_user_needs_to_act() {
    assert_eq!(error("future-version.json"), ImportError::FutureVersion(99));
    assert_eq!(
        error("future-version.json").to_string(),
        "这个文件来自更新版本的指尖自查(格式版本 99),当前版本只能读取到格式版本 3。请升级本工具后再打开。"
    );
    assert_eq!(
        error("version-zero.json"),
        ImportError::BadVersion("0".into())
    );
    assert_eq!(
        error("other-pack.json"),
        ImportError::OtherPack("other-pack-2025".into())
    );
    assert_eq!(
        error("not-json.txt"),
        ImportError::NotJson { line: 1, column: 1 }
    );
    assert_eq!(error("backup.json"), ImportError::IsBackup { drafts: 2 });
    let name = error("missing-profile-name.json").to_string();
    assert!(
        name.contains("assessment.profile") && name.contains("“name”"),
        "{name}"
    );
    let answers = error("malformed-answers.json").to_string();
    assert!(answers.contains("assessment.answers"), "{answers}");
    assert!(answers.contains("列表"), "{answers}");
}

#[test]
fn unknown_item_answers_are_listed_and_kept_in_the_file() {
    let p = preview("unknown-item-ids.json");
    // B4.2 (retired in pack 1.1.0) and the unknown Z99.1 are both kept aside.
    let items: Vec<&str> = p.unmapped.iter().map(|r| r.item.as_str()).collect();
    assert_eq!(items, ["B4.2", "Z99.1"]);
    let z = &p.unmapped[1];
    assert_eq!(z.answer.note, "旧版问卷中的题目,备注须保留");
    assert!(p.file.assessment.answers.contains(z));
    let kept = p.file.clone().into_assessment();
    assert!(kept.answer("Z99.1", "unit").is_some(), "kept in the draft");
    assert!(p.warnings.iter().any(|w| w.kind == WarningKind::Unmapped));
}

#[test]
fn markup_is_counted_and_warned_about_not_stripped() {
    let p = preview("html-script-strings.json");
    assert_eq!(p.strings_with_markup, 4);
    assert_eq!(p.file.assessment.profile.name, "某县<b>人社</b>局");
    let fields: Vec<&str> = p
        .warnings
        .iter()
        .filter(|w| w.kind == WarningKind::Markup)
        .map(|w| w.field.as_str())
        .collect();
    assert!(fields.contains(&"assessment.profile.name"), "{fields:?}");
    assert_eq!(preview("bom-utf8.json").strings_with_markup, 0);
}

#[test]
fn fields_the_format_does_not_know_are_reported() {
    let p = preview("ignored-fields.json");
    assert_eq!(p.ignored_fields, ["assessment.profile.nickname", "comment"]);
    assert!(preview("bom-utf8.json").ignored_fields.is_empty());
}

#[test]
fn a_bom_file_imports_exactly_like_the_plain_fixture() {
    let p = preview("bom-utf8.json");
    let plain = include_bytes!("fixtures/v1/county-hrss.json");
    assert_eq!(Ok(p.clone()), inspect(plain, pack()));
    // A pack-1.0.0, format-1 file: only the version change is warned about, nothing else.
    assert!(
        p.warnings.iter().all(|w| matches!(
            w.kind,
            WarningKind::PackChanged
                | WarningKind::Reworded
                | WarningKind::Migrated
                | WarningKind::Retired
                | WarningKind::Unmapped
        )),
        "{:#?}",
        p.warnings
    );
    assert_eq!(p.pack_changes.map(|c| c.from), Some("1.0.0".to_string()));
    assert_eq!(p.unit, "某县人力资源和社会保障局");
}

#[test]
fn an_unknown_older_pack_version_is_reported_as_partial_changes() {
    let p = preview("old-pack-version.json");
    let changes = p.pack_changes.expect("changes");
    assert_eq!((changes.from.as_str(), changes.complete), ("0.9.0", false));
    // Without a snapshot of 0.9.0 only answered items the pack no longer has can be named.
    assert_eq!(changes.removed, ["B4.2"]);
    assert_eq!(p.warnings[0].kind, WarningKind::PackChanged);
}

#[test]
fn a_backup_with_one_bad_draft_restores_the_others() {
    let b = inspect_backup(&bytes("backup-one-bad-draft.json"), pack()).expect("backup");
    let kinds: Vec<&str> = b
        .drafts
        .iter()
        .map(|d| d.as_ref().map_or_else(ImportError::kind, |_| "ok"))
        .collect();
    assert_eq!(kinds, ["ok", "future_version", "not_our_file"]);
    let b = inspect_backup(&bytes("backup.json"), pack()).expect("backup");
    assert!(b.drafts.iter().all(Result::is_ok) && b.duplicate_ids.is_empty());
    assert_eq!(b.quarantined.len(), 1);
    assert_eq!(
        b.quarantined[0].result.as_ref().map_err(ImportError::kind),
        Err("truncated")
    );
    assert_eq!(
        inspect_backup(&bytes("bom-utf8.json"), pack()),
        Err(ImportError::NotBackup)
    );
}
