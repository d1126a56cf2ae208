//! Every kind of bad overlay gets its own field-level Chinese error, and no overlay can change
//! a national item: each case mutates the example overlay in one way and expects one error.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::json_files;
use common::scenario::pack;
use fingertip_core::overlay::{self, OverlayError};
use serde_json::{json, Value};

fn example() -> Value {
    let (_, text) = json_files("../content/overlays")
        .into_iter()
        .find(|(p, _)| p.ends_with("sichuan-four-rules.json"))
        .expect("committed");
    let mut v: Value = serde_json::from_str(&text).expect("json");
    // Mutations change the content, so drop the stated hash (one case checks it on purpose).
    v.as_object_mut().expect("object").remove("hash");
    v
}

fn errors_of(v: &Value) -> Vec<OverlayError> {
    overlay::load(&v.to_string(), pack()).expect_err("refused")
}

/// The one error `change` causes, with its message.
fn only(change: impl FnOnce(&mut Value)) -> (OverlayError, String) {
    let mut v = example();
    change(&mut v);
    let errors = errors_of(&v);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let message = errors[0].to_string();
    (errors[0].clone(), message)
}

fn item(v: &mut Value, i: usize) -> &mut Value {
    &mut v["items"][i]
}

#[test]
fn the_unchanged_example_loads() {
    assert!(overlay::load(&example().to_string(), pack()).is_ok());
}

#[test]
fn not_json_and_toml_in_the_browser() {
    let e = overlay::load("{ \"id\": ", pack()).expect_err("refused");
    assert!(
        matches!(e[0], OverlayError::NotJson { line: 1, .. }),
        "{e:?}"
    );
    let e = overlay::load("id = \"x\"\n", pack()).expect_err("refused");
    if overlay::READS_TOML {
        // Built together with the command-line tool (cargo unifies features): TOML is read,
        // and this one lacks the required fields.
        assert_eq!(e, vec![OverlayError::malformed("version", "缺少必填字段")]);
    } else {
        assert_eq!(e, vec![OverlayError::TomlHere]);
        assert!(e[0].to_string().contains("fingertip pack check"));
    }
}

#[test]
fn missing_field_and_wrong_type_name_the_field() {
    let (e, m) = only(|v| {
        v.as_object_mut().expect("object").remove("issuer");
    });
    assert!(matches!(e, OverlayError::Malformed { .. }));
    assert_eq!(m, "字段 issuer:缺少必填字段");
    let (_, m) = only(|v| item(v, 0)["scope"] = json!("unit"));
    assert_eq!(m, "字段 items[0].scope:数据类型不对(应为列表)");
    let (_, m) = only(|v| v["level"] = json!("national"));
    assert!(
        m.starts_with("字段 level:取值“national”不在允许的范围内"),
        "{m}"
    );
}

#[test]
fn fields_that_would_remove_or_rewrite_are_refused_by_name() {
    let (e, m) = only(|v| v["remove"] = json!(["B1.2"]));
    assert_eq!(e, OverlayError::Forbidden("remove".into()));
    assert!(m.contains("只能新增内容"));
    let (e, _) = only(|v| v["item_edits"] = json!([]));
    assert_eq!(e, OverlayError::UnknownField("item_edits".into()));
}

#[test]
fn header_fields_are_checked() {
    let (e, _) = only(|v| v["id"] = json!("Sichuan Rules"));
    assert_eq!(e, OverlayError::BadId("Sichuan Rules".into()));
    let mut v = example();
    v["version"] = json!("1.0");
    v["changelog"][0]["version"] = json!("1.0");
    let versions = errors_of(&v);
    assert_eq!(
        versions[0].to_string(),
        "字段 version:“1.0”不是 x.y.z 形式的版本号(例如 1.0.0)。"
    );
    assert_eq!(
        versions.len(),
        2,
        "the changelog's version is named too: {versions:?}"
    );
    let (e, m) = only(|v| v["effective"] = json!("2026-02-30"));
    assert!(matches!(e, OverlayError::BadDate { .. }));
    assert!(m.contains("effective") && m.contains("2026-02-30"));
    let (e, _) = only(|v| v["title"] = json!("  "));
    assert_eq!(e, OverlayError::Empty("title".into()));
    let (e, _) = only(|v| v["base_pack"] = json!("other-pack"));
    assert!(matches!(e, OverlayError::WrongBase { .. }));
    let (e, _) = only(|v| v["changelog"][0]["version"] = json!("0.9.0"));
    assert_eq!(e, OverlayError::ChangelogVersion("1.0.0".into()));
}

#[test]
fn a_stated_hash_that_does_not_match_is_refused() {
    let (e, m) = only(|v| v["hash"] = json!("0000000000000000"));
    assert!(matches!(e, OverlayError::HashMismatch { .. }));
    assert!(m.contains("内容校验值不符"));
}

#[test]
fn an_overlay_cannot_change_a_national_item() {
    // Same id as a national item, whatever the content: an attempt to rewrite it.
    let national = pack().item("B1.2").expect("national item").clone();
    let (e, m) = only(|v| {
        let mut rewritten = serde_json::to_value(&national).expect("value");
        rewritten["rules"] = json!([]);
        v["items"].as_array_mut().expect("list").push(rewritten);
    });
    assert_eq!(
        e,
        OverlayError::RewritesNational {
            field: "items[2]".into(),
            id: "B1.2".into()
        }
    );
    assert!(m.contains("不能修改、替换或删除全国题目"));
    // Renaming an existing option of a national item is refused; adding a new one is fine.
    let (e, _) = only(|v| {
        v["options"] =
            json!([{ "item": "F1", "add": [{ "value": "filed", "label": "已备案(改名)" }] }])
    });
    assert!(matches!(e, OverlayError::OptionExists { .. }), "{e:?}");
    let mut v = example();
    v["options"] =
        json!([{ "item": "F1", "add": [{ "value": "provincial", "label": "已在省级平台登记" }] }]);
    let o = overlay::load(&v.to_string(), pack()).expect("a new option is an addition");
    let merged = overlay::apply(pack(), &[o]).expect("merges");
    let grown = serde_json::to_string(&merged.item("F1").expect("F1").answer).expect("json");
    assert!(grown.contains("provincial") && grown.contains("\"filed\""));
    // A national figure can only be tightened.
    let (e, m) = only(|v| {
        v["overrides"] = json!([{ "parameter": "account_stale_days", "value": 60, "note": "放宽",
            "basis": [{ "document": "sichuan_four", "clause": "x", "confidence": "local_rule", "kinds": ["unit"] }] }])
    });
    assert!(matches!(e, OverlayError::Loosens { .. }), "{e:?}");
    assert!(m.contains("只能从严"));
}

#[test]
fn ids_must_be_new_and_unique() {
    let (e, _) = only(|v| {
        v["parts"][0]["id"] = json!("B");
        v["articles"][0]["part"] = json!("B");
        item(v, 0)["part"] = json!("B");
        item(v, 1)["part"] = json!("B");
    });
    assert!(
        matches!(e, OverlayError::NationalCollision { what: "部分", .. }),
        "{e:?}"
    );
    let mut v = example();
    v["documents"][0]["id"] = json!("opinion");
    let e = errors_of(&v);
    assert!(
        matches!(e[0], OverlayError::NationalCollision { what: "文件", .. }),
        "{e:?}"
    );
    let (e, _) = only(|v| item(v, 1)["id"] = json!("SC1.1"));
    assert!(matches!(e, OverlayError::Duplicate { .. }));
}

#[test]
fn references_must_resolve() {
    let (e, m) = only(|v| item(v, 0)["article"] = json!("SC9"));
    assert!(matches!(e, OverlayError::Unknown { what: "条目", .. }));
    assert_eq!(
        m,
        "items[0](SC1.1).article:引用的条目“SC9”不存在(全国问卷和本标准中都没有)。"
    );
    let (e, _) = only(|v| item(v, 0)["basis"][0]["document"] = json!("nowhere"));
    assert!(matches!(e, OverlayError::Unknown { what: "文件", .. }));
    let (e, _) = only(|v| item(v, 0)["rules"][0]["than"] = json!("no_such_param"));
    assert!(matches!(e, OverlayError::Unknown { what: "参数", .. }));
    let (e, _) = only(|v| item(v, 0)["part"] = json!("B"));
    assert!(matches!(e, OverlayError::ArticleNotInPart { .. }));
}

#[test]
fn items_need_a_local_basis() {
    let (e, _) = only(|v| item(v, 0)["basis"] = json!([]));
    assert!(matches!(e, OverlayError::NoBasis(_)));
    let (e, m) = only(|v| item(v, 0)["basis"][0]["confidence"] = json!("original"));
    assert!(matches!(e, OverlayError::NotLocal(_)));
    assert!(m.contains("地方规定"));
    let (e, _) = only(|v| item(v, 0)["basis"][0]["kinds"] = json!(["unit", "app"]));
    assert!(matches!(e, OverlayError::BadBasis { .. }), "{e:?}");
}

#[test]
fn a_rule_that_cannot_fire_is_refused() {
    let (e, m) = only(|v| item(v, 1)["rules"][0]["values"] = json!(["maybe"]));
    assert!(matches!(e, OverlayError::CannotFire { .. }));
    assert!(m.contains("永远不会触发") && m.contains("maybe"), "{m}");
    let (e, _) = only(|v| {
        item(v, 0)["rules"][0] =
            json!({ "when": "below", "than": 0, "then": "red_line", "reason": "r" })
    });
    assert!(matches!(e, OverlayError::CannotFire { .. }));
    let (e, _) = only(|v| {
        item(v, 1)["rules"][0] =
            json!({ "when": "above", "than": 1, "then": "red_line", "reason": "r" })
    });
    assert!(matches!(e, OverlayError::CannotFire { .. }));
    let (e, _) = only(|v| item(v, 1)["rules"] = json!([]));
    assert!(matches!(e, OverlayError::NoRules(_)));
}

#[test]
fn overrides_and_options_are_checked() {
    let basis = json!([{ "document": "sichuan_four", "clause": "x", "confidence": "local_rule", "kinds": ["unit"] }]);
    let (e, _) = only(|v| {
        v["overrides"] =
            json!([{ "parameter": "account_stale_days", "value": 7, "note": "从严", "basis": [] }])
    });
    assert!(matches!(e, OverlayError::NoBasis(_)));
    let (e, _) = only(|v| {
        v["overrides"] =
            json!([{ "parameter": "account_stale_days", "value": -1, "note": "n", "basis": basis }])
    });
    assert!(matches!(e, OverlayError::BadValue { .. }));
    let (e, _) = only(|v| {
        v["overrides"] = json!([{ "parameter": "nope", "value": 1, "note": "n", "basis": basis }])
    });
    assert!(matches!(e, OverlayError::Unknown { what: "参数", .. }));
    let twice = json!({ "parameter": "group_grace_days", "value": 7, "note": "n", "basis": basis });
    let (e, _) = only(|v| v["overrides"] = json!([twice, twice]));
    assert!(matches!(e, OverlayError::OverriddenTwice { .. }));
    let (e, _) = only(|v| {
        v["options"] = json!([{ "item": "B1.2", "add": [{ "value": "x", "label": "X" }] }])
    });
    assert!(matches!(e, OverlayError::NotChoice { .. }));
}

#[test]
fn an_overlay_that_adds_nothing_is_refused() {
    let (e, _) = only(|v| v["items"] = json!([]));
    assert_eq!(e, OverlayError::AddsNothing);
}

#[test]
fn a_stricter_override_and_new_options_apply() {
    let mut v = example();
    v["overrides"] = json!([{ "parameter": "account_stale_days", "value": 7, "note": "本省要求每周更新",
        "basis": [{ "document": "sichuan_four", "clause": "示例", "confidence": "local_rule", "kinds": ["unit"] }] }]);
    let o = overlay::load(&v.to_string(), pack()).expect("loads");
    let merged = overlay::apply(pack(), &[o]).expect("merges");
    let p = merged.parameter("account_stale_days").expect("param");
    assert_eq!(p.default, 7.0);
    assert_eq!(p.source.as_deref(), Some("sichuan-four-rules"));
    assert!(p.note.contains("全国问卷默认 14天"));
}

#[test]
fn two_overlays_may_not_clash() {
    let o = overlay::load(&example().to_string(), pack()).expect("loads");
    let mut other = o.clone();
    other.id = "another-overlay".into();
    other.hash = overlay::content_hash(&other);
    let e = overlay::apply(pack(), &[o, other]).expect_err("clash");
    assert!(e
        .iter()
        .any(|e| matches!(e, OverlayError::Duplicate { .. })));
}
