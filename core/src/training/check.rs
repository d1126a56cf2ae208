//! Consistency of the training content with the criteria pack: every reference resolves, every
//! article is taught and practised, the problem categories are covered, and a case called a red
//! line cites an item that can give one. A green build has no problems.

use std::collections::HashSet;

use super::model::{Case, Training};
use crate::pack::{BasisRef, Pack, Severity};

/// The complaint categories of the digest that the cases must cover, each at least once.
pub const REQUIRED_CATEGORIES: [&str; 12] = [
    "强制下载使用",
    "打卡排名功能",
    "接龙与即时响应",
    "截图照片留痕",
    "点赞转发考评",
    "重复填报",
    "重复与僵尸应用",
    "账号与群组管理",
    "临时群未解散",
    "群内涉密",
    "备案与验收",
    "县以下自建应用",
];

/// Further categories a case may use (overall approach, security, supervision, business activity).
pub const OTHER_CATEGORIES: [&str; 4] = ["统筹与责任", "安全管理", "监督整改", "经营性活动"];

/// The fewest cases the content must have.
pub const MIN_CASES: usize = 30;

/// Every inconsistency between `training` and `pack`, in English for developers; empty means
/// consistent.
pub fn check_training(pack: &Pack, training: &Training) -> Vec<String> {
    let mut out = Vec::new();
    check_guides(pack, training, &mut out);
    let mut ids = HashSet::new();
    for case in &training.cases {
        if !ids.insert(case.id.as_str()) {
            out.push(format!("case id {} used twice", case.id));
        }
        check_case(pack, case, &mut out);
    }
    for article in &pack.articles {
        if training.cases_of_article(&article.id).next().is_none() {
            out.push(format!("article {} has no case", article.id));
        }
    }
    for category in REQUIRED_CATEGORIES {
        if training.cases_of_category(category).next().is_none() {
            out.push(format!("category {category} has no case"));
        }
    }
    if training.cases.len() < MIN_CASES {
        out.push(format!(
            "only {} cases, at least {MIN_CASES} needed",
            training.cases.len()
        ));
    }
    out
}

fn check_guides(pack: &Pack, training: &Training, out: &mut Vec<String>) {
    let mut seen = HashSet::new();
    for g in &training.guides {
        let a = &g.article;
        if !seen.insert(a.as_str()) {
            out.push(format!("guide for article {a} written twice"));
        }
        if pack.article(a).is_none() {
            out.push(format!("guide names unknown article {a}"));
        }
        if g.explanation.trim().is_empty() {
            out.push(format!("guide {a}: empty explanation"));
        }
        if !(2..=4).contains(&g.typical_problems.len()) {
            out.push(format!(
                "guide {a}: {} typical problems, 2–4 expected",
                g.typical_problems.len()
            ));
        }
        if !(2..=3).contains(&g.compliance.len()) {
            out.push(format!(
                "guide {a}: {} compliance lines, 2–3 expected",
                g.compliance.len()
            ));
        }
        let lines = g.typical_problems.iter().chain(&g.compliance);
        if lines
            .chain(g.related.iter().map(|r| &r.text))
            .any(|t| t.trim().is_empty())
        {
            out.push(format!("guide {a}: empty line"));
        }
        for r in &g.related {
            check_basis(pack, &format!("guide {a}"), &r.basis, out);
        }
    }
    for article in &pack.articles {
        if !seen.contains(article.id.as_str()) {
            out.push(format!("article {} has no guide", article.id));
        }
    }
}

fn check_case(pack: &Pack, case: &Case, out: &mut Vec<String>) {
    let id = &case.id;
    for (what, text) in [
        ("title", &case.title),
        ("scenario", &case.scenario),
        ("explanation", &case.explanation),
    ] {
        if text.trim().is_empty() {
            out.push(format!("{id}: empty {what}"));
        }
    }
    let known = REQUIRED_CATEGORIES.iter().chain(&OTHER_CATEGORIES);
    if !known.into_iter().any(|c| *c == case.category) {
        out.push(format!("{id}: unknown category {}", case.category));
    }
    if pack.article(&case.article).is_none() {
        out.push(format!("{id}: unknown article {}", case.article));
    }
    if !(3..=4).contains(&case.choices.len()) {
        out.push(format!(
            "{id}: {} article choices, 3–4 expected",
            case.choices.len()
        ));
    }
    let mut choices = HashSet::new();
    for c in &case.choices {
        if !choices.insert(c.as_str()) {
            out.push(format!("{id}: choice {c} offered twice"));
        }
        if pack.article(c).is_none() {
            out.push(format!("{id}: choice names unknown article {c}"));
        }
    }
    if !choices.contains(case.article.as_str()) {
        out.push(format!(
            "{id}: choices do not include the article {}",
            case.article
        ));
    }
    let mut items = Vec::new();
    for i in &case.items {
        match pack.item(i) {
            Some(item) => items.push(item),
            None => out.push(format!("{id}: unknown item {i}")),
        }
    }
    if case.items.is_empty() {
        out.push(format!("{id}: no item checks it"));
    } else if !items.is_empty() && !items.iter().any(|i| i.article == case.article) {
        out.push(format!(
            "{id}: none of its items belongs to article {}",
            case.article
        ));
    }
    let can_be_red = items
        .iter()
        .any(|i| i.rules.iter().any(|r| r.then == Severity::RedLine));
    if case.red_line && !items.is_empty() && !can_be_red {
        out.push(format!(
            "{id}: called a red line, but none of its items has a red-line rule"
        ));
    }
    if case.basis.is_empty() {
        out.push(format!("{id}: no basis"));
    }
    for b in &case.basis {
        check_basis(pack, id, b, out);
    }
}

fn check_basis(pack: &Pack, whose: &str, basis: &BasisRef, out: &mut Vec<String>) {
    if pack.document(&basis.document).is_none() {
        out.push(format!(
            "{whose}: basis names unknown document {}",
            basis.document
        ));
    }
    if basis.clause.trim().is_empty() {
        out.push(format!("{whose}: basis without clause"));
    }
}
