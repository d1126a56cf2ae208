//! Things the user should know before importing that are not problems with the answers:
//! a changed questionnaire, answers kept aside, markup shown as text, fields not imported.

use super::Preview;
use crate::invisible::show_invisible;
use crate::pack::Pack;

/// At most this many warnings of one kind name a field; the rest are counted in one line.
const MAX_LISTED: usize = 20;

/// What a warning is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WarningKind {
    /// A finalised file whose content no longer matches its fingerprint (or whose pack
    /// version changed): it opens as not finalised.
    Finalisation,
    /// The file was answered against another version of the pack.
    PackChanged,
    /// An answered question was reworded since.
    Reworded,
    /// Answers the current pack does not count are kept aside in the draft.
    Unmapped,
    /// A string looks like HTML or script; it is shown as plain text.
    Markup,
    /// Text with zero-width, text-direction or control characters: it may look like other text
    /// (an id `app-1` + U+200B looks like `app-1`) while a computer tells them apart.
    Invisible,
    /// A field this format does not know; it is not imported.
    IgnoredField,
    /// A value the file did not hold was filled in by migration (e.g. apps taken as hosted).
    Migrated,
    /// An exception is claimed without a complete justification: the red line stands.
    Unjustified,
    /// An item or parameter a later release retired; kept in the file, no longer used.
    Retired,
}

/// One warning: its kind, the field it concerns and a Chinese sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportWarning {
    /// What kind of warning.
    pub kind: WarningKind,
    /// The field, as a path in the file, or an item id for [`WarningKind::Reworded`].
    pub field: String,
    /// What to know, in Chinese.
    pub message: String,
}

/// Every warning for `p`, most important first; `markup` lists the fields with markup.
/// `invisible` the fields with invisible characters.
pub(super) fn warnings(
    p: &Preview,
    markup: &[String],
    invisible: &[String],
    pack: &Pack,
) -> Vec<ImportWarning> {
    let mut out = Vec::new();
    let mut say = |kind, field: &str, message: String| {
        out.push(ImportWarning {
            kind,
            field: field.to_string(),
            message,
        })
    };
    if let Some(message) = p.seal.warning(&p.current_pack_version) {
        say(
            WarningKind::Finalisation,
            "assessment.finalisation",
            message,
        );
    }
    if let Some(c) = &p.pack_changes {
        let message = if c.complete {
            format!(
                "存档按问卷 {} 版填写,当前问卷为 {} 版:新增 {} 题、删除 {} 题、修改措辞 {} 题。答案按题目编号对应,新增的题目需要补答。",
                c.from, c.to, c.added.len(), c.removed.len(), c.reworded.len()
            )
        } else {
            format!(
                "存档按问卷 {} 版填写,当前问卷为 {} 版。本工具没有该版本的题目记录,只能列出存档中已答、但当前问卷已删除的题目({} 题);措辞有无修改无法判断,请逐题复核。",
                c.from, c.to, c.removed.len()
            )
        };
        say(WarningKind::PackChanged, "pack_version", message);
        for r in c
            .reworded
            .iter()
            .filter(|r| p.answered_reworded.contains(&r.id))
        {
            let message = format!(
                "题目 {} 的措辞已修改,请复核你的答案。原题:{} 现题:{}",
                r.id, r.before, r.after
            );
            say(WarningKind::Reworded, &r.id, message);
        }
    }
    if p.format_version < 2 {
        for (i, app) in p.file.assessment.inventory.apps.iter().enumerate() {
            let message = format!(
                "应用“{}”:旧版存档没有记录本单位是“主办”还是“仅使用”该应用,已按“本单位主办”处理(建设、备案类题目会照常要求作答)。如只是使用其他单位的应用,请在清单中改为“仅使用”并填写主办单位。",
                app.name.trim()
            );
            say(
                WarningKind::Migrated,
                &format!("assessment.inventory.apps[{i}].role"),
                message,
            );
        }
    }
    let body = &p.file.assessment;
    let mut retired_items: Vec<&str> = body
        .answers
        .iter()
        .map(|r| r.item.as_str())
        .filter(|id| pack.item(id).is_none() && pack.retired_item(id).is_some())
        .collect();
    retired_items.sort_unstable();
    retired_items.dedup();
    for id in retired_items {
        let Some((release, text)) = pack.retired_item(id).and_then(|r| {
            let c = r.changes.iter().find(|c| c.item.as_deref() == Some(id))?;
            Some((r, c.text.as_str()))
        }) else {
            continue;
        };
        let message = format!("题目 {id} 已在问卷 {} 版中删除:{text}", release.version);
        say(WarningKind::Retired, id, message);
    }
    for (id, value) in &body.parameters {
        if let Some(release) = pack.retired_parameter(id) {
            let message = format!(
                "阈值参数“{id}”(存档中设为 {value})已在问卷 {} 版中取消,不再使用;现行阈值见“阈值设置”,如本地有更严格的要求请在那里调整。",
                release.version
            );
            say(
                WarningKind::Retired,
                &format!("assessment.parameters.{id}"),
                message,
            );
        }
    }
    for (item, asset) in &p.unjustified {
        let message = format!(
            "题目 {item}(对象 {asset})声明了例外,但例外说明不完整。自问卷 1.1.0 起,须对每项受限功能写明设置原因、依据文件及条款、适用人群和起止期限,填写完整前按红线判定。"
        );
        say(
            WarningKind::Unjustified,
            &format!("{item}/{asset}"),
            message,
        );
    }
    if !p.unmapped.is_empty() {
        let message = format!(
            "有 {} 条答案当前问卷不计入结果(题目已删除或编号未知,或对象不在清单中)。这些答案会原样保留在自查中,并随保存和导出一起保留,不会丢失。",
            p.unmapped.len()
        );
        say(WarningKind::Unmapped, "assessment.answers", message);
    }
    for (i, field) in markup.iter().enumerate() {
        if i == MAX_LISTED {
            let rest = markup.len() - MAX_LISTED;
            let message = format!("另有 {rest} 处文字含有类似网页代码的内容,同样只按纯文本显示。");
            say(WarningKind::Markup, "", message);
            break;
        }
        let message = format!(
            "{field}:含有类似网页代码的内容(如 <…> 或 script)。本工具只按纯文本显示,不会执行。"
        );
        say(WarningKind::Markup, field, message);
    }
    for (i, field) in invisible.iter().enumerate() {
        if i == MAX_LISTED {
            let rest = invisible.len() - MAX_LISTED;
            let message = format!("另有 {rest} 处文字含有看不见的字符,请一并核对。");
            say(WarningKind::Invisible, "", message);
            break;
        }
        let message = format!(
            "{}:含有看不见的字符(零宽字符、文字方向控制符或控制字符),看起来相同的文字或编号可能并不相同。请核对后再导入;提示中以 \\u{{…}} 标出这些字符。",
            show_invisible(field)
        );
        say(WarningKind::Invisible, field, message);
    }
    for (i, field) in p.ignored_fields.iter().enumerate() {
        if i == MAX_LISTED {
            let rest = p.ignored_fields.len() - MAX_LISTED;
            let message = format!("另有 {rest} 个字段不属于存档格式,导入时将被忽略。");
            say(WarningKind::IgnoredField, "", message);
            break;
        }
        let message = format!("{field}:该字段不属于存档格式,导入时将被忽略。");
        say(WarningKind::IgnoredField, field, message);
    }
    out
}
