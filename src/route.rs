//! Hash routes: a link or a reload lands on the same place, and static hosting needs no rewrites.

use yew_router::prelude::*;

/// Every page of the app.
#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    /// The start page.
    #[at("/")]
    Start,
    /// Step 1: 单位信息.
    #[at("/drafts/:id/unit")]
    Unit {
        /// Draft id.
        id: String,
    },
    /// Step 2: 清单.
    #[at("/drafts/:id/inventory")]
    Inventory {
        /// Draft id.
        id: String,
    },
    /// Step 3: 自查, at its first article.
    #[at("/drafts/:id/check")]
    Check {
        /// Draft id.
        id: String,
    },
    /// Step 3: 自查, at one article.
    #[at("/drafts/:id/articles/:article")]
    Article {
        /// Draft id.
        id: String,
        /// Article id.
        article: String,
    },
    /// Step 3: 自查, at one article, landing on one row (a link from a finding or 下一个未答).
    #[at("/drafts/:id/articles/:article/:item/:asset")]
    ArticleRow {
        /// Draft id.
        id: String,
        /// Article id.
        article: String,
        /// Item id of the row.
        item: String,
        /// Asset id of the row.
        asset: String,
    },
    /// Step 4: 结果.
    #[at("/drafts/:id/result")]
    Result {
        /// Draft id.
        id: String,
    },
    /// Self-test page for IT staff: checks that the error rescue works.
    #[at("/diagnostics")]
    Diagnostics,
    /// 问卷更新说明: what changed in each questionnaire release.
    #[at("/changes")]
    Changes,
    /// The printable report (自查报告) of a draft.
    #[at("/drafts/:id/report")]
    Report {
        /// Draft id.
        id: String,
    },
    /// 打开文件: open a saved file or a backup, preview it, import or restore.
    #[at("/open")]
    Open,
    /// 对比: two stored self-checks of one unit.
    /// 对比两次自查: pick two drafts or files.
    #[at("/compare")]
    ComparePick,
    #[at("/compare/:before/:after")]
    Compare { before: String, after: String },
    /// 地方标准: load, preview and remove overlay packs (local criteria).
    #[at("/overlays")]
    Overlays,
    /// 汇总: many units' files in one view, for supervisors.
    #[at("/rollup")]
    Rollup,
    /// 培训学习: the training hub.
    #[at("/training")]
    Training,
    /// 条文学习: the article browser, at its index.
    #[at("/training/articles")]
    TrainingArticles,
    /// 条文学习: one article.
    #[at("/training/articles/:article")]
    TrainingArticle {
        /// Article id.
        article: String,
    },
    /// 案例练习: one case at a time with feedback and a score.
    #[at("/training/cases")]
    TrainingCases,
    /// 选择案例: the trainer's pick of cases for practice, presenter mode and the handout.
    #[at("/training/select")]
    TrainingSelect,
    /// 投影讲解: presenter mode, one case per screen.
    #[at("/training/present")]
    TrainingPresent,
    /// 打印讲义: the printable handout.
    #[at("/training/handout")]
    TrainingHandout,
    /// 核验: check a paper report's fingerprint against opened data files.
    #[at("/verify")]
    Verify,
    /// Anything unknown.
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// The four wizard steps, for the step bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// 单位信息
    Unit,
    /// 清单
    Inventory,
    /// 自查
    Check,
    /// 结果
    Result,
}

impl Step {
    /// The wizard step core names as the place to resume a draft.
    pub fn of(next: fingertip_core::draft::NextStep) -> Self {
        use fingertip_core::draft::NextStep;
        match next {
            NextStep::Unit => Self::Unit,
            NextStep::Inventory => Self::Inventory,
            NextStep::Check => Self::Check,
            NextStep::Result => Self::Result,
        }
    }

    /// Every step, in order.
    pub const ALL: [Step; 4] = [Self::Unit, Self::Inventory, Self::Check, Self::Result];

    /// Chinese label with its number.
    pub fn label(self) -> &'static str {
        match self {
            Self::Unit => "1 单位信息",
            Self::Inventory => "2 清单",
            Self::Check => "3 自查",
            Self::Result => "4 结果",
        }
    }

    /// The route of this step for draft `id`.
    pub fn route(self, id: &str) -> Route {
        let id = id.to_string();
        match self {
            Self::Unit => Route::Unit { id },
            Self::Inventory => Route::Inventory { id },
            Self::Check => Route::Check { id },
            Self::Result => Route::Result { id },
        }
    }
}

/// The `href` of a route under hash routing, for plain links that need attributes `Link` lacks.
pub fn href(route: &Route) -> String {
    format!("#{}", route.to_path())
}

/// The element id of the questionnaire row of (`item`, `asset`), as `ItemRow` renders it.
pub fn row_id(item: &str, asset: &str) -> String {
    format!("row-{item}-{asset}")
}

/// Where the pages of the full module begin: 汇总, 培训, 对比 and 核验. Every other page is in the
/// unit module too. scripts/app-loader.mjs reads this list from here to pick the module an address
/// needs, so it is written as plain string literals on one line.
pub const FULL_MODULE_PATHS: &[&str] = &["/rollup", "/training", "/compare", "/verify"];

/// Whether `path` (a route's path, without `#`) is one of the full module's pages.
pub fn in_full_module(path: &str) -> bool {
    FULL_MODULE_PATHS.iter().any(|p| {
        path.strip_prefix(p)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?']))
    })
}

impl Route {
    /// The route of an address's hash (`#/drafts/…/articles/4`, a query after `?` ignored), as
    /// the router will recognise it; `None` for an address it does not know.
    pub fn of_hash(hash: &str) -> Option<Route> {
        let path = hash.trim_start_matches('#');
        Route::recognize(path.split('?').next().unwrap_or(path))
    }

    /// Whether this page is drawn by the full module only (see [`FULL_MODULE_PATHS`]).
    pub fn in_full_module(&self) -> bool {
        in_full_module(&self.to_path())
    }

    /// The draft this route belongs to, if any.
    pub fn draft(&self) -> Option<&str> {
        match self {
            Self::Unit { id }
            | Self::Inventory { id }
            | Self::Check { id }
            | Self::Article { id, .. }
            | Self::ArticleRow { id, .. }
            | Self::Result { id }
            | Self::Report { id } => Some(id),
            _ => None,
        }
    }

    /// The article this route shows, if any.
    pub fn article(&self) -> Option<&str> {
        match self {
            Self::Article { article, .. }
            | Self::ArticleRow { article, .. }
            | Self::TrainingArticle { article } => Some(article),
            _ => None,
        }
    }

    /// The element a navigation to this route lands on: a row, or (`None`) the page's heading.
    pub fn landing_row(&self) -> Option<String> {
        match self {
            Self::ArticleRow { item, asset, .. } => Some(row_id(item, asset)),
            _ => None,
        }
    }

    /// What the page is, for the window title.
    pub fn page_name(&self) -> &'static str {
        match self {
            Self::Start => "首页",
            Self::Unit { .. } => "1 单位信息",
            Self::Inventory { .. } => "2 清单",
            Self::Check { .. } | Self::Article { .. } | Self::ArticleRow { .. } => "3 自查",
            Self::Result { .. } => "4 结果",
            Self::Report { .. } => "自查报告",
            Self::Diagnostics => "诊断",
            Self::Changes => "问卷更新说明",
            Self::Open => "打开文件",
            Self::Compare { .. } | Self::ComparePick => "自查对比",
            Self::Rollup => "汇总",
            Self::Training => "培训学习",
            Self::TrainingArticles | Self::TrainingArticle { .. } => "条文学习",
            Self::TrainingCases => "案例练习",
            Self::TrainingSelect => "选择案例",
            Self::TrainingPresent => "投影讲解",
            Self::TrainingHandout => "打印讲义",
            Self::Verify => "核验",
            Self::Overlays => "地方标准",
            Self::NotFound => "页面不存在",
        }
    }
}

/// The window title: 页面 · 条目 · 单位名 — 指尖自查 (the parts that apply).
pub fn page_title(page: &str, article: Option<&str>, unit: Option<&str>) -> String {
    let parts: Vec<&str> = [Some(page), article, unit]
        .into_iter()
        .flatten()
        .filter(|p| !p.trim().is_empty())
        .collect();
    format!("{} — 指尖自查", parts.join(" · "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn of_hash_reads_the_draft_of_an_address() {
        let article = Route::of_hash("#/drafts/d1/articles/4?q=1");
        assert_eq!(article.as_ref().and_then(Route::draft), Some("d1"));
        assert_eq!(article.as_ref().and_then(Route::article), Some("4"));
        assert_eq!(
            Route::of_hash("#/open").as_ref().and_then(Route::draft),
            None
        );
        assert_eq!(
            Route::of_hash("#/").map(|r| r.draft().is_none()),
            Some(true)
        );
    }
}
