//! Validation of a parsed save file against the current pack: everything that does not fit is
//! reported with the field it concerns, never silently dropped.

use rustc_hash::FxHashMap as HashMap;

use super::issue::{IssueKind, ValidationIssue};
use super::SavedFile;
use crate::date::days_from_iso;
use crate::engine::{value_label, value_problem};
use crate::invisible::show_invisible;
use crate::model::{AnswerValue, JustificationField, UNIT_ASSET};
use crate::pack::{AnswerKind, Pack, Scope};
use crate::timestamp::Timestamp;

/// A non-blank date field as (text, parsed day); `None` when blank.
fn date_field(text: &str) -> Option<(&str, Option<i64>)> {
    let t = text.trim();
    (!t.is_empty()).then(|| (t, days_from_iso(t)))
}

/// At most 40 characters of a value quoted in a message.
fn clip_text(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((at, _)) => format!("{}…", text.get(..at).unwrap_or_default()),
        None => text.to_string(),
    }
}

fn scope_label(scope: Scope) -> &'static str {
    match scope {
        Scope::Unit => "单位",
        Scope::App => "应用",
        Scope::Account => "公众账号",
        Scope::Group => "工作群组",
    }
}

/// Every problem of `file` against `pack`; empty means it opens exactly as saved.
pub fn validate(pack: &Pack, file: &SavedFile) -> Vec<ValidationIssue> {
    let mut out = Vec::new();
    let mut say = |kind: IssueKind, field: String, message: String| {
        let message = format!("{field}:{message}");
        out.push(ValidationIssue {
            kind,
            field,
            message,
        });
    };
    if file.pack_id != pack.id {
        say(
            IssueKind::OtherPack,
            "pack_id".into(),
            format!(
                "存档使用的问卷为“{}”,与当前问卷“{}”不同,答案可能无法对应",
                file.pack_id, pack.id
            ),
        );
    }
    let body = &file.assessment;
    for (name, what, text) in [
        ("created", "创建时间", &body.created),
        ("updated", "最后保存时间", &body.updated),
    ] {
        if Timestamp::parse(text).is_none() {
            let msg = format!("{what}“{}”不是有效时间(应为 2026-11-21T06:05:40Z 这样的完整时间),导入后改记为导入时的时间", clip_text(text));
            say(
                IssueKind::InvalidTimestamp,
                format!("assessment.{name}"),
                msg,
            );
        }
    }
    let today = days_from_iso(&body.profile.date);
    if body.profile.date.trim().is_empty() {
        say(
            IssueKind::MissingDate,
            "assessment.profile.date".into(),
            "未填写自查日期:按天数判定的规则(如公众账号停更、安全检查间隔)无法判断,自查结论为“未完成”。请在“单位信息”中填写。".into(),
        );
    } else if today.is_none() {
        say(
            IssueKind::InvalidDate,
            "assessment.profile.date".into(),
            format!(
                "自查日期“{}”不是有效日期(应为 YYYY-MM-DD)",
                body.profile.date
            ),
        );
    }
    let inv = &body.inventory;
    let assets = inv
        .apps
        .iter()
        .enumerate()
        .map(|(i, a)| {
            (
                Scope::App,
                &a.id,
                format!("assessment.inventory.apps[{i}].id"),
            )
        })
        .chain(inv.accounts.iter().enumerate().map(|(i, a)| {
            (
                Scope::Account,
                &a.id,
                format!("assessment.inventory.accounts[{i}].id"),
            )
        }))
        .chain(inv.groups.iter().enumerate().map(|(i, g)| {
            (
                Scope::Group,
                &g.id,
                format!("assessment.inventory.groups[{i}].id"),
            )
        }));
    let mut scopes: HashMap<&str, (Scope, String)> = HashMap::default();
    for (scope, id, field) in assets {
        let shown = show_invisible(id);
        if id.trim().is_empty() || id == UNIT_ASSET {
            let msg = format!(
                "{}编号“{shown}”为空或为保留字“{UNIT_ASSET}”",
                scope_label(scope)
            );
            say(IssueKind::DuplicateAsset, field, msg);
        } else if let Some((_, first)) = scopes.get(id.as_str()) {
            let msg = format!(
                "{}编号“{shown}”与 {first} 重复,答案无法区分这两个对象",
                scope_label(scope)
            );
            say(IssueKind::DuplicateAsset, field, msg);
        } else {
            scopes.insert(id, (scope, field));
        }
    }
    for (i, a) in inv.accounts.iter().enumerate() {
        let at = |f: &str| format!("assessment.inventory.accounts[{i}].{f}");
        let (last, opened) = (date_field(&a.last_update), date_field(&a.opened));
        if let Some((text, None)) = last {
            let msg = format!("最近更新日期“{text}”不是有效日期");
            say(IssueKind::InvalidDate, at("last_update"), msg);
        }
        if let Some((text, None)) = opened {
            let msg = format!("开通日期“{text}”不是有效日期");
            say(IssueKind::InvalidDate, at("opened"), msg);
        }
        if let Some((text, Some(day))) = last {
            if today.is_some_and(|t| day > t) {
                let msg = format!("最近更新日期 {text} 晚于自查日期,请核对");
                say(IssueKind::ImplausibleDate, at("last_update"), msg);
            }
            if let Some((o, Some(o_day))) = opened {
                if day < o_day {
                    let msg = format!("最近更新日期 {text} 早于开通日期 {o},请核对");
                    say(IssueKind::ImplausibleDate, at("last_update"), msg);
                }
            }
        }
    }
    for (i, g) in inv.groups.iter().enumerate() {
        if let Some((text, None)) = date_field(&g.task_end) {
            let field = format!("assessment.inventory.groups[{i}].task_end");
            say(
                IssueKind::InvalidDate,
                field,
                format!("任务结束日期“{text}”不是有效日期"),
            );
        }
    }
    let items: HashMap<&str, _> = pack.items.iter().map(|it| (it.id.as_str(), it)).collect();
    let mut seen: HashMap<(&str, &str), usize> =
        HashMap::with_capacity_and_hasher(body.answers.len(), Default::default());
    for (i, rec) in body.answers.iter().enumerate() {
        // Most answers have no problem: their field path and name are written only for one that does.
        let at = || format!("assessment.answers[{i}]");
        let what = || format!("题目 {}(对象 {})", rec.item, rec.asset);
        if let Some(first) = seen.insert((rec.item.as_str(), rec.asset.as_str()), i) {
            let msg = format!(
                "{}的答案与 assessment.answers[{first}] 重复,打开时以后者为准",
                what()
            );
            say(IssueKind::DuplicateAnswer, at(), msg);
        }
        let Some(item) = items.get(rec.item.as_str()) else {
            if pack.retired_item(&rec.item).is_some() {
                // Retired by a release: kept aside and explained in the preview, not an error.
                continue;
            }
            let msg = format!(
                "题目编号“{}”在当前问卷中不存在,该答案不会计入结果",
                show_invisible(&rec.item)
            );
            say(IssueKind::UnknownItem, format!("{}.item", at()), msg);
            continue;
        };
        let scope = match rec.asset.as_str() {
            UNIT_ASSET => Some(Scope::Unit),
            id => scopes.get(id).map(|(s, _)| *s),
        };
        match scope {
            None => {
                let msg = format!(
                    "对象编号“{}”不在清单中,该答案不会计入结果",
                    show_invisible(&rec.asset)
                );
                say(IssueKind::UnknownAsset, format!("{}.asset", at()), msg);
            }
            Some(s) if !item.scope.contains(&s) => {
                let msg = format!(
                    "题目 {} 不针对{},该答案不会计入结果",
                    rec.item,
                    scope_label(s)
                );
                say(IssueKind::AssetOutOfScope, format!("{}.asset", at()), msg);
            }
            Some(_) => {}
        }
        if let Some(value) = &rec.answer.value {
            if let Some(problem) = value_problem(&item.answer, value) {
                let msg = format!("{}的答案({})无效:{problem}", what(), value_label(value));
                say(IssueKind::WrongKind, format!("{}.value", at()), msg);
            } else if let (
                AnswerKind::Date {
                    allow_future: false,
                    ..
                },
                AnswerValue::Date(d),
            ) = (&item.answer, value)
            {
                if let (Some(day), Some(t)) = (days_from_iso(d), today) {
                    if day > t {
                        let msg = format!("{}的日期 {d} 晚于自查日期,该题无法判断,请核对", what());
                        say(IssueKind::ImplausibleDate, format!("{}.value", at()), msg);
                    }
                }
            }
        }
        for (function, card) in &rec.answer.justifications {
            for field in JustificationField::ALL.into_iter().filter(|f| f.is_date()) {
                if let Some((text, None)) = date_field(card.get(field)) {
                    let msg = format!(
                        "{}的例外说明({function})中{}“{text}”不是有效日期",
                        what(),
                        field.label()
                    );
                    let path =
                        format!("{}.justifications.{function}.{field:?}", at()).to_lowercase();
                    say(IssueKind::InvalidDate, path, msg);
                }
            }
        }
        if let Some(bad) = rec
            .answer
            .evidence
            .iter()
            .find(|&&e| e >= item.evidence.len())
        {
            let msg = format!(
                "{}的佐证材料序号 {bad} 超出范围(共 {} 项)",
                what(),
                item.evidence.len()
            );
            say(IssueKind::WrongKind, format!("{}.evidence", at()), msg);
        }
        let deadline = &rec.answer.deadline;
        if !deadline.trim().is_empty() && days_from_iso(deadline).is_none() {
            let msg = format!("{}的整改时限“{deadline}”不是有效日期", what());
            say(IssueKind::InvalidDate, format!("{}.deadline", at()), msg);
        }
    }
    for (id, value) in &body.parameters {
        let field = format!("assessment.parameters.{id}");
        let retired = pack.parameter(id).is_none() && pack.retired_parameter(id).is_some();
        if retired && value.is_finite() && *value >= 0.0 {
            // Retired by a release: kept in the file and explained in the preview.
        } else if pack.parameter(id).is_none() && !retired {
            say(
                IssueKind::UnknownParameter,
                field,
                format!("参数“{id}”在当前问卷中不存在,将被忽略"),
            );
        } else if !value.is_finite() || *value < 0.0 {
            say(
                IssueKind::UnknownParameter,
                field,
                format!("参数“{id}”的值 {value} 无效,应为非负数"),
            );
        }
    }
    out
}
