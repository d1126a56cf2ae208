//! A small hand-made pack exercising every answer kind, condition, filter, prefill and exception.

use fingertip_core::pack::{parse_pack, Pack};
use serde_json::json;

fn item(
    id: &str,
    part: &str,
    article: &str,
    scope: &[&str],
    answer: serde_json::Value,
) -> serde_json::Value {
    json!({
        "id": id, "part": part, "article": article, "scope": scope,
        "question": format!("问题 {id}"), "help": "说明", "answer": answer,
        "rules": [], "remedy": format!("整改 {id}"), "evidence": ["材料一", "材料二"],
        "basis": [{ "document": "opinion", "clause": format!("第{article}条"), "confidence": "original", "kinds": scope }]
    })
}

fn with(mut v: serde_json::Value, key: &str, value: serde_json::Value) -> serde_json::Value {
    v[key] = value;
    v
}

fn yes_no() -> serde_json::Value {
    json!({ "kind": "yes_no" })
}

/// The synthetic pack: parts X (articles 1, 2) and Y (article 3), parameters `max` = 1 and
/// `silent` = 90, and items:
/// - `U1` unit yes/no, `no` → red line, blocks filing
/// - `A1` app yes/no/partial, `no` → red line, `partial` → advisory
/// - `A2` app multi with exception: any of `checkin` → red line; lacks `doc` → advisory; blocks filing
/// - `A3` app number: above `max` → red line only for planned apps, above 5 → advisory
/// - `C1` account date (never allowed), prefilled: never → red line, older than `silent` → advisory
/// - `G1` group yes/no for temporary groups, prefilled from task ended: `yes` → red line
/// - `F1` app single filing status, prefilled: `not_filed` → red line, blocks filing
/// - `S1` unit yes/no for supervising units only; `T1` unit yes/no for township units only
/// - `N1` unit number prefilled with the most accounts on one platform: above 1 → advisory
/// - `B1.2` unit and app yes/no: `yes` → red line (the not-advisable item)
/// - `M1` app and account yes/no: `yes` → red line
pub fn pack() -> Pack {
    let opts = |vals: &[&str]| -> serde_json::Value {
        vals.iter()
            .map(|v| json!({ "value": v, "label": format!("选项{v}") }))
            .collect()
    };
    let is = |v: &[&str], then: &str| json!({ "when": "is", "values": v, "then": then, "reason": format!("选了{}", v.join("/")) });
    let items = vec![
        with(
            with(
                item("U1", "X", "1", &["unit"], yes_no()),
                "rules",
                json!([is(&["no"], "red_line")]),
            ),
            "blocks_filing",
            json!(true),
        ),
        with(
            item(
                "A1",
                "X",
                "1",
                &["app"],
                json!({ "kind": "yes_no_partial" }),
            ),
            "rules",
            json!([is(&["no"], "red_line"), is(&["partial"], "advisory")]),
        ),
        with(
            with(
                with(
                    item(
                        "A2",
                        "X",
                        "2",
                        &["app"],
                        json!({ "kind": "multi", "options": opts(&["checkin", "doc", "none"]) }),
                    ),
                    "rules",
                    json!([
                        { "when": "any_of", "values": ["checkin"], "then": "red_line", "reason": "有打卡" },
                        { "when": "lacks", "values": ["doc"], "then": "advisory", "reason": "缺说明" },
                    ]),
                ),
                "exception",
                json!({ "label": "安保应急", "basis": { "document": "opinion", "clause": "第4条", "confidence": "original", "kinds": ["app"] },
                    "functions": [{ "value": "checkin", "label": "打卡签到" }],
                    "fields": ["reason", "document", "clause", "audience", "start", "end"] }),
            ),
            "blocks_filing",
            json!(true),
        ),
        with(
            item(
                "A3",
                "X",
                "2",
                &["app"],
                json!({ "kind": "number", "unit": "个" }),
            ),
            "rules",
            json!([
                { "when": "above", "than": "max", "then": "red_line", "only": { "app_status": ["planned"] }, "reason": "超过上限" },
                { "when": "above", "than": 5.0, "then": "advisory", "reason": "偏多" },
            ]),
        ),
        with(
            with(
                item(
                    "C1",
                    "Y",
                    "3",
                    &["account"],
                    json!({ "kind": "date", "allow_never": true }),
                ),
                "rules",
                json!([
                    { "when": "never", "then": "red_line", "reason": "从未更新" },
                    { "when": "older_than_days", "than": "silent", "then": "advisory", "reason": "久未更新" },
                ]),
            ),
            "prefill",
            json!("account_last_update"),
        ),
        with(
            with(
                with(
                    item("G1", "Y", "3", &["group"], yes_no()),
                    "rules",
                    json!([is(&["yes"], "red_line")]),
                ),
                "prefill",
                json!("group_task_ended"),
            ),
            "filter",
            json!({ "group_kind": ["temporary"] }),
        ),
        with(
            with(
                with(
                    item(
                        "F1",
                        "Y",
                        "3",
                        &["app"],
                        json!({ "kind": "single", "options": opts(&["filed", "applying", "not_filed"]) }),
                    ),
                    "rules",
                    json!([is(&["not_filed"], "red_line")]),
                ),
                "prefill",
                json!("app_filing_status"),
            ),
            "blocks_filing",
            json!(true),
        ),
        with(
            with(
                item("S1", "Y", "3", &["unit"], yes_no()),
                "rules",
                json!([is(&["no"], "advisory")]),
            ),
            "filter",
            json!({ "supervising_unit": true }),
        ),
        with(
            with(
                item("T1", "Y", "3", &["unit"], yes_no()),
                "rules",
                json!([is(&["no"], "advisory")]),
            ),
            "filter",
            json!({ "unit_level": ["township"] }),
        ),
        with(
            with(
                item(
                    "N1",
                    "Y",
                    "3",
                    &["unit"],
                    json!({ "kind": "number", "unit": "个" }),
                ),
                "rules",
                json!([
                    { "when": "above", "than": 1.0, "then": "advisory", "reason": "同平台账号多" }
                ]),
            ),
            "prefill",
            json!("max_accounts_per_platform"),
        ),
        with(
            item("B1.2", "X", "1", &["unit", "app"], yes_no()),
            "rules",
            json!([is(&["yes"], "red_line")]),
        ),
        with(
            item("M1", "Y", "3", &["app", "account"], yes_no()),
            "rules",
            json!([is(&["yes"], "red_line")]),
        ),
    ];
    let pack = json!({
        "id": "synthetic", "version": "0.1.0", "title": "测试问卷", "summary": "测试",
        "documents": [{ "id": "opinion", "short": "《意见》", "title": "意见", "issued": "2023" }],
        "parts": [{ "id": "X", "title": "甲" }, { "id": "Y", "title": "乙" }],
        "articles": [
            { "id": "1", "part": "X", "title": "一", "document": "opinion", "summary": "" },
            { "id": "2", "part": "X", "title": "二", "document": "opinion", "summary": "" },
            { "id": "3", "part": "Y", "title": "三", "document": "opinion", "summary": "" },
        ],
        "prohibitions": [],
        "parameters": [
            { "id": "max", "label": "上限", "default": 1.0, "unit": "个", "note": "" },
            { "id": "silent", "label": "停更", "default": 90.0, "unit": "天", "note": "" },
        ],
        "items": items,
    });
    match parse_pack(&pack.to_string()) {
        Ok(p) => p,
        Err(e) => panic!("synthetic pack does not parse: {e}"),
    }
}
