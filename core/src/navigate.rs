//! Wizard navigation over an evaluation: rows of an article under a filter, the next unanswered row,
//! and the articles before and after the current one.

use crate::engine::{Evaluation, Finding, Status, Target};

/// Which rows the questionnaire step shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum RowFilter {
    /// Every applicable row.
    #[default]
    All,
    /// Only rows without a usable answer.
    Unanswered,
    /// Only advisories and red lines.
    Problems,
}

impl RowFilter {
    /// Every filter, in display order.
    pub const ALL: [RowFilter; 3] = [Self::All, Self::Unanswered, Self::Problems];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::All => "全部",
            Self::Unanswered => "只看未答",
            Self::Problems => "只看问题",
        }
    }

    /// Whether a row with `status` is shown.
    pub fn keeps(self, status: Status) -> bool {
        match self {
            Self::All => true,
            Self::Unanswered => status.is_open(),
            Self::Problems => matches!(status, Status::Advisory | Status::RedLine),
        }
    }
}

/// Rows of `article` that `filter` keeps, in questionnaire order.
pub fn article_rows<'a>(
    eval: &'a Evaluation,
    article: &str,
    filter: RowFilter,
) -> Vec<&'a Finding> {
    eval.findings
        .iter()
        .filter(|f| f.article == article && filter.keeps(f.status))
        .map(|f| &**f)
        .collect()
}

/// Rows whose asset name contains `query` (trimmed; letters compared case-insensitively); all
/// rows for a blank query. The 自查 page's 按名称查找, for rows on pages not drawn.
pub fn rows_named<'a>(rows: Vec<&'a Finding>, query: &str) -> Vec<&'a Finding> {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return rows;
    }
    rows.into_iter()
        .filter(|f| f.target.label.to_lowercase().contains(&q))
        .collect()
}

/// The page (from 0, `size` rows per page) of `rows` holding the row (`item`, `asset`), if shown.
pub fn page_with(rows: &[&Finding], item: &str, asset: &str, size: usize) -> Option<usize> {
    rows.iter()
        .position(|f| f.target.item == item && f.target.asset == asset)
        .map(|i| crate::paging::page_of(i, size))
}

/// How many rows each item has in `rows` (all rows of an article), so a row can say whether the
/// same item is asked of other assets: one pass, not one per row.
pub fn rows_per_item<'a>(rows: &[&'a Finding]) -> std::collections::HashMap<&'a str, usize> {
    let mut per = std::collections::HashMap::new();
    for f in rows {
        *per.entry(f.target.item.as_str()).or_insert(0) += 1;
    }
    per
}

/// The first unanswered row after `(item, asset)` in questionnaire order, wrapping around;
/// from the start when `from` is `None` or not found.
pub fn next_unanswered<'a>(eval: &'a Evaluation, from: Option<(&str, &str)>) -> Option<&'a Target> {
    let start = from
        .and_then(|(item, asset)| {
            eval.findings
                .iter()
                .position(|f| f.target.item == item && f.target.asset == asset)
        })
        .map_or(0, |i| i + 1);
    let n = eval.findings.len();
    (0..n)
        .map(|k| &eval.findings[(start + k) % n])
        .find(|f| f.status.is_open())
        .map(|f| &f.target)
}

/// Ids of the articles that have rows, in pack order.
pub fn articles_with_rows(eval: &Evaluation) -> Vec<&str> {
    eval.articles
        .iter()
        .filter(|a| a.total > 0)
        .map(|a| a.id.as_str())
        .collect()
}

/// The article before and after `article` among those with rows.
pub fn neighbours<'a>(eval: &'a Evaluation, article: &str) -> (Option<&'a str>, Option<&'a str>) {
    let list = articles_with_rows(eval);
    match list.iter().position(|a| *a == article) {
        Some(i) => (i.checked_sub(1).map(|j| list[j]), list.get(i + 1).copied()),
        None => (None, list.first().copied()),
    }
}

/// Findings grouped by item, in the order each item first appears: the result page shows the same
/// problem across several assets as one entry ("B4.1 · 5 个应用") that opens to the assets.
pub fn group_by_item(findings: &[Finding]) -> Vec<Vec<&Finding>> {
    let mut groups: Vec<Vec<&Finding>> = Vec::new();
    for f in findings {
        match groups
            .iter_mut()
            .find(|g| g[0].target.item == f.target.item)
        {
            Some(g) => g.push(f),
            None => groups.push(vec![f]),
        }
    }
    groups
}

/// What the objects of a scope are called in counts and buttons: 应用, 账号, 群组 (单位 for unit rows).
pub fn scope_noun(scope: crate::pack::Scope) -> &'static str {
    match scope {
        crate::pack::Scope::Unit => "单位",
        crate::pack::Scope::App => "应用",
        crate::pack::Scope::Account => "账号",
        crate::pack::Scope::Group => "群组",
    }
}
