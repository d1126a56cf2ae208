//! The roll-up's list sheets: same-kind groups, stale files, files not read, duplicates, and
//! (anonymised) what was removed. Part of [`super::tables`].

use super::anon::{Naming, REMOVED, REMOVED_TITLE};
use super::intake::Intake;
use super::tables::{n, Cell, Table};
use super::view::RollUp;

/// Members of one same-kind group listed in the sheet; the rest are counted in a final row.
const MAX_GROUP_ROWS: usize = 1000;

pub(super) fn same_kind_table(rollup: &RollUp) -> Table {
    let mut rows = Vec::new();
    for (g, view) in rollup.same_kind.iter().enumerate() {
        let more = view.members.len().saturating_sub(MAX_GROUP_ROWS);
        for (unit, app) in view.members.iter().take(MAX_GROUP_ROWS) {
            rows.push(vec![
                n(g + 1),
                view.group.reason.label().into(),
                Cell::Number(u64::from(view.group.score)),
                n(view.group.units),
                unit.clone().into(),
                app.clone().into(),
            ]);
        }
        if more > 0 {
            rows.push(vec![
                n(g + 1),
                view.group.reason.label().into(),
                Cell::Number(u64::from(view.group.score)),
                n(view.group.units),
                format!("另有 {more} 个应用未列出").into(),
                "".into(),
            ]);
        }
    }
    Table {
        name: "同类应用",
        headers: vec!["组号", "依据", "相似度", "单位数", "单位", "应用"],
        rows,
    }
}

pub(super) fn stale_table(rollup: &RollUp) -> Table {
    let rows = rollup
        .stale
        .iter()
        .filter_map(|&r| rollup.units.get(r))
        .map(|u| {
            vec![
                u.unit.clone().into(),
                u.date.clone().into(),
                u.age_days.map_or(Cell::Text(String::new()), |d| {
                    Cell::Number(u64::try_from(d).unwrap_or(0))
                }),
            ]
        })
        .collect();
    Table {
        name: "长期未更新",
        headers: vec!["单位", "自查日期", "距今天数"],
        rows,
    }
}

pub(super) fn rejected_table(intake: &Intake, naming: &Naming) -> Table {
    let rows = intake
        .rejected
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let file = match naming.file(&r.file) {
                f if f.is_empty() => format!("第 {} 个未读取的文件", i + 1),
                f => f,
            };
            let reason = if naming.is_anonymised() {
                r.reason.clone()
            } else {
                format!("{}{}", r.reason, r.detail)
            };
            vec![file.into(), r.kind.into(), reason.into()]
        })
        .collect();
    Table {
        name: "未读取文件",
        headers: vec!["文件", "类别", "原因"],
        rows,
    }
}

pub(super) fn duplicates_table(intake: &Intake, naming: &Naming) -> Table {
    let rows = intake
        .duplicates
        .iter()
        .map(|d| {
            let unit = match intake.units().iter().find(|u| u.file == d.kept) {
                Some(u) => naming.unit(&u.name, &super::intake::unit_key(u)),
                None => naming.unit(&d.unit, &d.unit),
            };
            vec![
                unit.into(),
                naming.file(&d.kept).into(),
                naming.file(&d.dropped).into(),
                d.kind.label().into(),
                if d.newest_kept {
                    "是"
                } else {
                    "否(已改选)"
                }
                .into(),
            ]
        })
        .collect();
    Table {
        name: "重复文件",
        headers: vec![
            "单位",
            "采用的文件",
            "未采用的文件",
            "原因",
            "采用的是最新版本",
        ],
        rows,
    }
}

pub(super) fn removed_table() -> Table {
    Table {
        name: "匿名化说明",
        headers: vec![REMOVED_TITLE],
        rows: REMOVED.iter().map(|r| vec![(*r).into()]).collect(),
    }
}
