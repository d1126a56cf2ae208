//! Filing readiness (备案) of each app the unit hosts: not advisable, fix first, incomplete,
//! ready, or already filed (with or without problems to fix). Apps the unit only uses are
//! filed by their host and get no verdict here.

use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;

use super::evaluate::Finding;
use super::index::PackIndex;
use super::status::Status;
use super::target::AssetRef;
use crate::model::{AppStatus, Assessment, FilingStatus, UnitLevel, UNIT_ASSET};
use crate::pack::{Pack, Scope};

/// The item asking whether a unit below county level builds its own app; a red line there means
/// the app should not be built at all (《办法》第二条).
pub const NOT_ADVISABLE_ITEM: &str = "B1.2";

/// Filing readiness of one app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Filing {
    /// 不宜建设: a unit below county level plans or runs its own app.
    NotAdvisable,
    /// 整改后再提交: a red line on a filing-blocking item.
    FixFirst,
    /// 未完成: the app's rows are not all answered.
    Incomplete,
    /// 可提交备案
    Ready,
    /// 已备案: filed with a number, no red line to fix.
    Filed,
    /// 已备案,须整改: filed, but red lines stand (整改不到位的可能被撤销备案).
    FiledFixNeeded,
}

impl Filing {
    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::NotAdvisable => "不宜建设",
            Self::FixFirst => "整改后再提交",
            Self::Incomplete => "未完成",
            Self::Ready => "可提交备案",
            Self::Filed => "已备案",
            Self::FiledFixNeeded => "已备案,须整改",
        }
    }
}

/// The filing verdict of one app.
#[derive(Debug, Clone, PartialEq)]
pub struct FilingVerdict {
    /// App id.
    pub app: String,
    /// App display label.
    pub label: String,
    /// The verdict.
    pub verdict: Filing,
    /// Why, in Chinese, naming the item ids.
    pub reasons: Vec<String>,
}

/// Item ids of `findings` with `status` where `keep` holds, in order, duplicates dropped;
/// [`Status::Unanswered`] also collects rows that cannot be judged yet.
fn ids<'a>(
    findings: &[&'a Finding],
    status: Status,
    keep: impl Fn(&Finding) -> bool,
) -> Vec<&'a str> {
    let matches = |s: Status| match status {
        Status::Unanswered => s.is_open(),
        other => s == other,
    };
    let mut out: Vec<&str> = Vec::new();
    for f in findings.iter().filter(|f| matches(f.status) && keep(f)) {
        if !out.contains(&f.target.item.as_str()) {
            out.push(&f.target.item);
        }
    }
    out
}

/// One verdict per hosted app, in inventory order.
pub(crate) fn filing_verdicts(
    pack: &Pack,
    assessment: &Assessment,
    findings: &[Arc<Finding>],
) -> Vec<FilingVerdict> {
    let index = PackIndex::new(pack);
    let blocks = |f: &Finding| index.item(&f.target.item).is_some_and(|i| i.blocks_filing);
    let mut by_asset: HashMap<(Scope, &str), Vec<&Finding>> = HashMap::default();
    for f in findings {
        by_asset
            .entry((f.target.scope, f.target.asset.as_str()))
            .or_default()
            .push(f);
    }
    let unit_rows = by_asset
        .get(&(Scope::Unit, UNIT_ASSET))
        .cloned()
        .unwrap_or_default();
    let unit_b12 = ids(&unit_rows, Status::RedLine, |f| {
        f.target.item == NOT_ADVISABLE_ITEM
    });
    let unit_blocking = ids(&unit_rows, Status::RedLine, blocks);
    let unit_open = ids(&unit_rows, Status::Unanswered, blocks);
    let township = assessment.profile.level == UnitLevel::Township;
    let join = |v: &[&str]| v.join("、");
    let mut out = Vec::new();
    for app in assessment.inventory.apps.iter().filter(|a| a.hosted()) {
        let rows = by_asset
            .get(&(Scope::App, app.id.as_str()))
            .map(Vec::as_slice)
            .unwrap_or_default();
        let mut reasons = Vec::new();
        let b12 = ids(rows, Status::RedLine, |f| {
            f.target.item == NOT_ADVISABLE_ITEM
        });
        if township && app.status == AppStatus::Planned {
            reasons.push(
                "本单位为乡镇及以下单位,原则上不得开发建设政务应用程序,宜使用上级统建平台"
                    .to_string(),
            );
        }
        if !b12.is_empty() || !unit_b12.is_empty() {
            reasons.push(format!(
                "{NOT_ADVISABLE_ITEM} 为红线:县以下单位不得自建政务应用程序"
            ));
        }
        let verdict = if app.filing == FilingStatus::Filed {
            filed_verdict(app.filing_number.trim(), rows, &mut reasons)
        } else if !reasons.is_empty() {
            Filing::NotAdvisable
        } else {
            let blocking = ids(rows, Status::RedLine, blocks);
            let open = ids(rows, Status::Unanswered, |_| true);
            if !blocking.is_empty() || !unit_blocking.is_empty() {
                if !blocking.is_empty() {
                    reasons.push(format!("本应用存在阻断备案的红线问题:{}", join(&blocking)));
                }
                if !unit_blocking.is_empty() {
                    reasons.push(format!(
                        "单位层面存在阻断备案的红线问题:{}",
                        join(&unit_blocking)
                    ));
                }
                Filing::FixFirst
            } else if !open.is_empty() || !unit_open.is_empty() {
                if !open.is_empty() {
                    reasons.push(format!(
                        "本应用尚有 {} 项未作答:{}",
                        open.len(),
                        join(&open)
                    ));
                }
                if !unit_open.is_empty() {
                    reasons.push(format!("单位层面阻断备案的题目未作答:{}", join(&unit_open)));
                }
                Filing::Incomplete
            } else {
                reasons.push("未发现阻断备案的问题".to_string());
                let other_red = ids(rows, Status::RedLine, |_| true);
                if !other_red.is_empty() {
                    reasons.push(format!(
                        "另有不阻断备案的红线问题须整改:{}",
                        join(&other_red)
                    ));
                }
                let advisory = ids(rows, Status::Advisory, |_| true);
                if !advisory.is_empty() {
                    reasons.push(format!("建议改进:{}", join(&advisory)));
                }
                Filing::Ready
            }
        };
        out.push(FilingVerdict {
            app: app.id.to_string(),
            label: AssetRef::App(app).label(),
            verdict,
            reasons,
        });
    }
    out
}

/// The verdict of an app already filed: any red line on its rows needs fixing, or the filing
/// may be revoked (《办法》撤销备案).
fn filed_verdict(number: &str, rows: &[&Finding], reasons: &mut Vec<String>) -> Filing {
    reasons.clear();
    reasons.push(match number {
        "" => "已备案(未填写备案编号)".to_string(),
        n => format!("已备案,备案编号 {n}"),
    });
    let red = ids(rows, Status::RedLine, |_| true);
    if red.is_empty() {
        Filing::Filed
    } else {
        reasons.push(format!(
            "存在红线问题须整改:{};整改不及时、不到位的,可能被撤销备案",
            red.join("、")
        ));
        Filing::FiledFixNeeded
    }
}
