//! Same-kind apps across units (the filing form's 同类应用): true pairs grouped with a reason and
//! a score, false pairs not grouped; the bucketed name grouping gives what comparing every
//! pair of names gives.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use fingertip_core::model::{AppAudience, AppForm};
use fingertip_core::rollup::{
    same_kind, similarity_percent, AppFacts, SameKindGroup, SameKindReason, SIMILAR_NAME_PERCENT,
};

fn app(unit: usize, name: &str, functions: &[&str]) -> AppFacts {
    AppFacts::new(
        unit,
        &format!("单位{unit}"),
        "app-1",
        name,
        AppForm::App,
        AppAudience::Internal,
        functions.iter().map(|f| f.to_string()).collect(),
    )
}

#[test]
fn same_kind_true_pairs_are_grouped_with_a_reason() {
    let apps = [
        app(0, "掌上农技", &[]),
        app(1, "单位1掌上农技APP", &[]),
        app(2, "志愿服务", &[]),
        app(3, "志愿者服务小程序", &[]),
        app(4, "邻里帮", &["志愿服务"]),
        app(5, "社区通", &["志愿服务", "通知"]),
    ];
    let groups = same_kind(&apps);
    let find = |reason: &SameKindReason| groups.iter().find(|g| &g.reason == reason);
    let same = find(&SameKindReason::SameName).expect("a same-name group");
    assert_eq!(
        (same.members.as_slice(), same.score),
        ([0, 1].as_slice(), 100)
    );
    let near = find(&SameKindReason::SimilarName).expect("a near-name group");
    assert_eq!(near.members, [2, 3]);
    assert_eq!(near.score, 80);
    let declared = find(&SameKindReason::SameFunction("志愿服务".into())).expect("declared");
    assert_eq!(declared.members, [4, 5]);
    assert_eq!(declared.reason.label(), "功能相同:志愿服务");
    assert_eq!(declared.score, 100);
    let implied = find(&SameKindReason::NameCategory("志愿服务".into())).expect("implied");
    assert_eq!(implied.members, [2, 3]);
    assert!(implied.score < declared.score);
}

#[test]
fn same_kind_false_pairs_are_not_grouped() {
    let apps = [
        app(0, "掌上农技", &[]),
        app(1, "掌上医保", &[]),
        app(2, "智慧党建", &[]),
        app(3, "智慧团建", &[]),
        // The same name twice in one unit is that unit's own matter, not a cross-unit group.
        app(4, "邻里帮", &["志愿服务"]),
        app(4, "邻里帮", &["志愿服务"]),
        app(5, "河长制", &["巡河"]),
    ];
    let groups = same_kind(&apps);
    assert!(
        groups.iter().all(
            |g| g.reason != SameKindReason::SimilarName && g.reason != SameKindReason::SameName
        ),
        "{groups:?}"
    );
    assert!(groups.iter().all(|g| g.units >= 2));
    // 智慧党建 alone implies 党建; 智慧团建 implies nothing listed: no category group either.
    assert!(groups.is_empty(), "{groups:?}");
}

/// The name groups found by comparing every pair of distinct keys (the quadratic reference the
/// bucketed grouping must equal): members, units, score, and whether the names are all the same.
fn name_groups_by_every_pair(apps: &[AppFacts]) -> Vec<(Vec<usize>, usize, u8, bool)> {
    let mut keys: Vec<&str> = apps
        .iter()
        .map(|a| a.key.as_str())
        .filter(|k| k.chars().count() >= 2)
        .collect();
    keys.sort_unstable();
    keys.dedup();
    let mut group: Vec<usize> = (0..keys.len()).collect();
    for a in 0..keys.len() {
        for b in 0..a {
            if similarity_percent(keys[a], keys[b]) >= SIMILAR_NAME_PERCENT {
                let (from, to) = (group[a], group[b]);
                group
                    .iter_mut()
                    .filter(|g| **g == from)
                    .for_each(|g| *g = to);
            }
        }
    }
    let mut out = Vec::new();
    for g in 0..keys.len() {
        let in_group: Vec<usize> = (0..keys.len()).filter(|&k| group[k] == g).collect();
        if in_group.is_empty() {
            continue;
        }
        let members: Vec<usize> = (0..apps.len())
            .filter(|&i| in_group.iter().any(|&k| keys[k] == apps[i].key))
            .collect();
        let mut units: Vec<usize> = members.iter().map(|&i| apps[i].unit).collect();
        units.sort_unstable();
        units.dedup();
        let mut weakest = 100;
        for (n, &a) in in_group.iter().enumerate() {
            for &b in &in_group[..n] {
                let score = similarity_percent(keys[a], keys[b]);
                if score >= SIMILAR_NAME_PERCENT {
                    weakest = weakest.min(score);
                }
            }
        }
        if units.len() >= 2 {
            out.push((members, units.len(), weakest, in_group.len() == 1));
        }
    }
    out.sort();
    out
}

fn name_groups(groups: &[SameKindGroup]) -> Vec<(Vec<usize>, usize, u8, bool)> {
    let mut out: Vec<_> = groups
        .iter()
        .filter(|g| {
            matches!(
                g.reason,
                SameKindReason::SameName | SameKindReason::SimilarName
            )
        })
        .map(|g| {
            let same = g.reason == SameKindReason::SameName;
            (g.members.clone(), g.units, g.score, same)
        })
        .collect();
    out.sort();
    out
}

/// Apps of 120 units named the way the benchmark files are: twelve names, some with the unit's
/// own name in front or a generic word after, some with a character added or changed.
fn generated_apps() -> Vec<AppFacts> {
    const NAMES: [&str; 12] = [
        "掌上农技",
        "农技学习打卡",
        "志愿服务",
        "志愿者服务",
        "智慧党建",
        "移动办公",
        "数据填报通",
        "防汛应急",
        "河长巡河",
        "社区通",
        "政务通",
        "督查考核",
    ];
    let mut apps = Vec::new();
    for unit in 0..120 {
        for slot in 0..3 {
            let base = NAMES[(unit * 7 + slot * 5) % NAMES.len()];
            let name = match (unit + slot) % 5 {
                0 => format!("单位{unit}{base}"),
                1 => format!("{base}APP"),
                2 => format!("{base}小程序"),
                3 => format!("新{base}"),
                _ => base.to_string(),
            };
            apps.push(app(unit, &name, &[]));
        }
    }
    apps
}

#[test]
fn bucketed_name_groups_equal_comparing_every_pair() {
    let fixtures: Vec<Vec<AppFacts>> = vec![
        vec![
            app(0, "掌上农技", &[]),
            app(1, "单位1掌上农技APP", &[]),
            app(2, "志愿服务", &[]),
            app(3, "志愿者服务小程序", &[]),
        ],
        vec![
            app(0, "掌上农技", &[]),
            app(1, "掌上医保", &[]),
            app(2, "智慧党建", &[]),
            app(3, "智慧团建", &[]),
            app(4, "邻里帮", &[]),
            app(4, "邻里帮", &[]),
        ],
        generated_apps(),
    ];
    for apps in &fixtures {
        let expected = name_groups_by_every_pair(apps);
        assert_eq!(name_groups(&same_kind(apps)), expected);
    }
    // The generated set holds both kinds of group, so the comparison above is not vacuous.
    let generated = name_groups_by_every_pair(&fixtures[2]);
    assert!(
        generated.iter().any(|g| g.3) && generated.iter().any(|g| !g.3),
        "{generated:?}"
    );
}
