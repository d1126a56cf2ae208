//! Apps of the same kind across units (the filing form's 同类应用): names that are the same or
//! nearly the same once normalised, or the same declared function. Groups are offered to the
//! supervisor with a score and a reason to judge; they are never a finding against a unit.
//!
//! A function of per-app facts only, so richer facts (declared functions, the apps a unit says
//! it uses elsewhere) can be fed in without changing the rules.

use std::collections::{BTreeMap, HashMap};

use super::normalise::{bigrams, normalise_app_name, similarity_percent};
use crate::model::{AppAudience, AppForm};

/// Names at least this similar (edit distance over length, in percent) count as near-identical.
pub const SIMILAR_NAME_PERCENT: u8 = 80;

/// A bigram shared by more names than this is too common to suggest candidates (e.g. 政务);
/// pairs sharing only such bigrams are not compared, which keeps 100,000 units fast.
const COMMON_BIGRAM: usize = 400;

/// Functions guessed from words in an app's name, for files that declare none.
const NAME_CATEGORIES: [(&str, &[&str]); 10] = [
    ("志愿服务", &["志愿"]),
    ("党建", &["党建", "党员", "党务", "智慧党"]),
    ("学习培训", &["学习", "培训", "课堂", "网校", "学院"]),
    ("考勤打卡", &["考勤", "打卡", "签到"]),
    ("协同办公", &["办公", "oa", "协同", "工作通", "政务通"]),
    ("数据填报", &["填报", "报表", "报送", "统计"]),
    ("督查考核", &["督查", "考核", "督办"]),
    ("投诉举报", &["投诉", "举报", "12345"]),
    ("应急值守", &["应急", "防汛", "值班", "值守"]),
    ("会议管理", &["会议", "视频会"]),
];

/// What the roll-up knows about one app.
#[derive(Debug, Clone, PartialEq)]
pub struct AppFacts {
    /// Index of the app's unit in the caller's unit list.
    pub unit: usize,
    /// App id within its unit.
    pub app: String,
    /// Name as written.
    pub name: String,
    /// The name normalised for comparison (see [`normalise_app_name`]).
    pub key: String,
    /// Form.
    pub form: AppForm,
    /// Audience.
    pub audience: AppAudience,
    /// Declared functions or categories (may be empty).
    pub functions: Vec<String>,
}

impl AppFacts {
    /// Facts of app `app` named `name` of unit number `unit` named `unit_name`.
    pub fn new(
        unit: usize,
        unit_name: &str,
        app: &str,
        name: &str,
        form: AppForm,
        audience: AppAudience,
        functions: Vec<String>,
    ) -> Self {
        AppFacts {
            unit,
            app: app.to_string(),
            name: name.to_string(),
            key: normalise_app_name(name, unit_name),
            form,
            audience,
            functions,
        }
    }
}

/// Why apps were grouped.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum SameKindReason {
    /// The same name once normalised.
    SameName,
    /// Nearly the same name.
    SimilarName,
    /// The same declared function.
    SameFunction(String),
    /// Names that point to the same kind of function, when none is declared.
    NameCategory(String),
}

impl SameKindReason {
    /// Chinese text, e.g. `名称相近` or `功能相同:志愿服务`; never names a unit or an app.
    pub fn label(&self) -> String {
        match self {
            Self::SameName => "名称相同".to_string(),
            Self::SimilarName => "名称相近".to_string(),
            Self::SameFunction(f) => format!("功能相同:{f}"),
            Self::NameCategory(f) => format!("名称显示功能同类:{f}"),
        }
    }
}

/// Apps of at least two units that may be of the same kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SameKindGroup {
    /// Indexes into the facts given to [`same_kind`], in order.
    pub members: Vec<usize>,
    /// How many distinct units the members belong to (at least 2).
    pub units: usize,
    /// How alike they are, 0–100.
    pub score: u8,
    /// Why.
    pub reason: SameKindReason,
}

/// Groups of same-kind apps across units, highest score first, then largest.
pub fn same_kind(apps: &[AppFacts]) -> Vec<SameKindGroup> {
    let mut groups = by_name(apps);
    groups.extend(by_function(apps));
    groups.sort_by(|a, b| {
        (b.score, b.units, &a.reason, &a.members).cmp(&(a.score, a.units, &b.reason, &b.members))
    });
    groups
}

fn distinct_units(apps: &[AppFacts], members: &[usize]) -> usize {
    let mut units: Vec<usize> = members
        .iter()
        .filter_map(|&i| apps.get(i))
        .map(|a| a.unit)
        .collect();
    units.sort_unstable();
    units.dedup();
    units.len()
}

/// Union-find root of `i`, with path halving.
fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Name groups: apps with the same normalised name, joined with keys that are near-identical.
fn by_name(apps: &[AppFacts]) -> Vec<SameKindGroup> {
    let mut keys: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, app) in apps.iter().enumerate() {
        if app.key.chars().count() >= 2 {
            keys.entry(app.key.as_str()).or_default().push(i);
        }
    }
    let keys: Vec<(&str, Vec<usize>)> = keys.into_iter().collect();
    let grams: Vec<Vec<(char, char)>> = keys.iter().map(|(k, _)| bigrams(k)).collect();
    let mut postings: HashMap<(char, char), Vec<usize>> = HashMap::new();
    for (k, gs) in grams.iter().enumerate() {
        for g in gs {
            postings.entry(*g).or_default().push(k);
        }
    }
    let mut parent: Vec<usize> = (0..keys.len()).collect();
    let mut weakest: Vec<u8> = vec![100; keys.len()];
    let mut seen: Vec<usize> = vec![usize::MAX; keys.len()];
    for (k, gs) in grams.iter().enumerate() {
        for g in gs {
            let Some(list) = postings.get(g).filter(|l| l.len() <= COMMON_BIGRAM) else {
                continue;
            };
            for &other in list.iter().filter(|&&o| o < k) {
                if seen[other] == k {
                    continue;
                }
                seen[other] = k;
                let score = similarity_percent(keys[k].0, keys[other].0);
                if score >= SIMILAR_NAME_PERCENT {
                    let (a, b) = (root(&mut parent, k), root(&mut parent, other));
                    let low = weakest[a].min(weakest[b]).min(score);
                    parent[a] = b;
                    weakest[b] = low;
                }
            }
        }
    }
    let mut components: BTreeMap<usize, (usize, Vec<usize>)> = BTreeMap::new();
    for (k, (_, members)) in keys.iter().enumerate() {
        let r = root(&mut parent, k);
        let entry = components.entry(r).or_default();
        entry.0 += 1;
        entry.1.extend(members);
    }
    components
        .into_iter()
        .filter_map(|(r, (key_count, mut members))| {
            members.sort_unstable();
            let units = distinct_units(apps, &members);
            (units >= 2).then(|| SameKindGroup {
                units,
                score: if key_count == 1 { 100 } else { weakest[r] },
                reason: if key_count == 1 {
                    SameKindReason::SameName
                } else {
                    SameKindReason::SimilarName
                },
                members,
            })
        })
        .collect()
}

/// The functions of an app: declared ones, or else those its name's words point to.
fn functions(app: &AppFacts) -> Vec<SameKindReason> {
    if !app.functions.is_empty() {
        let mut out: Vec<SameKindReason> = app
            .functions
            .iter()
            .map(|f| f.trim())
            .filter(|f| !f.is_empty())
            .map(|f| SameKindReason::SameFunction(f.to_string()))
            .collect();
        out.sort();
        out.dedup();
        return out;
    }
    NAME_CATEGORIES
        .iter()
        .filter(|(_, words)| words.iter().any(|w| app.key.contains(w)))
        .map(|(category, _)| SameKindReason::NameCategory((*category).to_string()))
        .collect()
}

/// Function groups: apps of at least two units sharing a declared (or name-implied) function.
/// Declared functions score 70, implied ones 50; the same form and the same audience across the
/// group add 15 each.
fn by_function(apps: &[AppFacts]) -> Vec<SameKindGroup> {
    let mut by: BTreeMap<SameKindReason, Vec<usize>> = BTreeMap::new();
    for (i, app) in apps.iter().enumerate() {
        for f in functions(app) {
            by.entry(f).or_default().push(i);
        }
    }
    by.into_iter()
        .filter_map(|(reason, members)| {
            let units = distinct_units(apps, &members);
            if units < 2 {
                return None;
            }
            let all_same = |f: &dyn Fn(&AppFacts) -> u8| {
                let mut values = members.iter().filter_map(|&i| apps.get(i)).map(f);
                let first = values.next();
                values.all(|v| Some(v) == first)
            };
            let base = match reason {
                SameKindReason::SameFunction(_) => 70,
                _ => 50,
            };
            let form = if all_same(&|a| a.form as u8) { 15 } else { 0 };
            let audience = if all_same(&|a| a.audience as u8) {
                15
            } else {
                0
            };
            Some(SameKindGroup {
                members,
                units,
                score: base + form + audience,
                reason,
            })
        })
        .collect()
}
