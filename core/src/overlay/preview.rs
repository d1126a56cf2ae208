//! What a checked overlay will add and change, in lines a user can read before loading it.

use super::model::Overlay;
use crate::pack::{Pack, Scope};

/// The preview of an overlay: who issued it, what it adds, what it overrides.
#[derive(Debug, Clone, PartialEq)]
pub struct OverlayPreview {
    /// "title version 版".
    pub name: String,
    /// Issuer, effective date, tag (地方规定 / 本单位规定), hash.
    pub facts: Vec<(String, String)>,
    /// One line per added item: "SC1.1 question (对象)".
    pub added_items: Vec<String>,
    /// One line per added part or article.
    pub added_groups: Vec<String>,
    /// One line per parameter default set: "label:old → new unit(note)".
    pub overrides: Vec<String>,
    /// One line per national question with extra options.
    pub extra_options: Vec<String>,
}

/// Preview of `o` (already checked) against `national`.
pub fn preview(o: &Overlay, national: &Pack) -> OverlayPreview {
    let scope = |s: &[Scope]| {
        s.iter()
            .map(|s| match s {
                Scope::Unit => "本单位",
                Scope::App => "每个应用",
                Scope::Account => "每个公众账号",
                Scope::Group => "每个工作群组",
            })
            .collect::<Vec<_>>()
            .join("、")
    };
    OverlayPreview {
        name: format!("{} {} 版", o.title, o.version),
        facts: vec![
            ("发布单位".into(), o.issuer.clone()),
            ("施行日期".into(), o.effective.clone()),
            ("性质".into(), o.level.label().into()),
            ("编号".into(), o.id.clone()),
            ("内容校验值".into(), o.hash.clone()),
        ],
        added_items: o
            .items
            .iter()
            .map(|i| format!("{} {}(问{})", i.id, i.question, scope(&i.scope)))
            .collect(),
        added_groups: o
            .parts
            .iter()
            .map(|p| format!("部分 {} {}", p.id, p.title))
            .chain(
                o.articles
                    .iter()
                    .map(|a| format!("条目 {} {}", a.id, a.title)),
            )
            .collect(),
        overrides: o
            .overrides
            .iter()
            .map(|ov| match national.parameter(&ov.parameter) {
                Some(p) => format!(
                    "{}:{}{} → {}{}({})",
                    p.label, p.default, p.unit, ov.value, p.unit, ov.note
                ),
                None => format!("{}:{}({})", ov.parameter, ov.value, ov.note),
            })
            .collect(),
        extra_options: o
            .options
            .iter()
            .map(|x| {
                let labels: Vec<&str> = x.add.iter().map(|a| a.label.as_str()).collect();
                format!("{} 增加选项:{}", x.item, labels.join("、"))
            })
            .collect(),
    }
}
