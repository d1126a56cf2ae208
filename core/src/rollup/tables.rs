//! The roll-up as tables, one per view, shared by the XLSX (one sheet each) and CSV exports,
//! so both say the same thing. Names follow the [`Naming`]: an anonymised roll-up has codes
//! instead of unit names and no file names, and carries a sheet saying what was removed.

use super::anon::Naming;
use super::intake::Intake;
use super::list_tables::{
    duplicates_table, rejected_table, removed_table, same_kind_table, stale_table,
};
use super::view::RollUp;
use crate::report::SEGMENTS;

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text: neutralised against formulas in CSV, an inline string in XLSX.
    Text(String),
    /// A whole number.
    Number(u64),
}

impl From<&str> for Cell {
    fn from(s: &str) -> Self {
        Cell::Text(s.to_string())
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Self {
        Cell::Text(s)
    }
}

/// A table: sheet name, header row, rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Sheet name (at most 31 characters, none of `[]:*?/\`).
    pub name: &'static str,
    /// Header cells.
    pub headers: Vec<&'static str>,
    /// Rows, each as long as the headers.
    pub rows: Vec<Vec<Cell>>,
}

/// Names joined with 、 up to about a spreadsheet cell's worth, then "等 N 个".
fn joined<'a>(names: impl ExactSizeIterator<Item = &'a str>) -> String {
    const LIMIT: usize = 30_000;
    let total = names.len();
    let mut out = String::new();
    for (i, name) in names.enumerate() {
        if out.len() + name.len() > LIMIT {
            out.push_str(&format!(" 等,共 {total} 个"));
            return out;
        }
        if i > 0 {
            out.push('、');
        }
        out.push_str(name);
    }
    out
}

/// A count as a number cell.
pub(super) fn n(v: usize) -> Cell {
    Cell::Number(v as u64)
}

/// The units sheet (单位汇总), also the CSV export's content.
pub fn units_table(rollup: &RollUp) -> Table {
    let first = if rollup.anonymised {
        "单位编码"
    } else {
        "单位"
    };
    let mut headers = vec![first];
    if !rollup.anonymised {
        headers.push("文件");
    }
    headers.extend([
        "层级",
        "类型",
        "自查日期",
        "问卷版本",
        "红线",
        "建议改进",
        "未作答",
        "完成度(%)",
        "总体结论",
        "应用备案准备情况",
        "距今天数",
    ]);
    let overlays = rollup.units.iter().any(|u| !u.overlay.is_empty());
    if overlays {
        headers.push(super::overlay_table::UNIT_COLUMN);
    }
    let rows = rollup
        .units
        .iter()
        .map(|u| {
            let mut row: Vec<Cell> = vec![u.unit.clone().into()];
            if !rollup.anonymised {
                row.push(u.file.clone().into());
            }
            let filing: Vec<String> = u
                .filing
                .iter()
                .map(|f| format!("{}:{}", f.app, f.filing.label()))
                .collect();
            row.extend([
                u.level.label().into(),
                u.unit_type.label().into(),
                u.date.clone().into(),
                u.pack_version.clone().into(),
                n(u.counts.red_line),
                n(u.counts.advisory),
                n(u.counts.unanswered),
                Cell::Number(u64::from(u.completion)),
                u.overall.label().into(),
                filing.join(";").into(),
                u.age_days.map_or(Cell::Text(String::new()), |d| {
                    Cell::Number(u64::try_from(d).unwrap_or(0))
                }),
            ]);
            if overlays {
                row.push(super::overlay_table::unit_cell(u).into());
            }
            row
        })
        .collect();
    Table {
        name: "单位汇总",
        headers,
        rows,
    }
}

fn totals_table(rollup: &RollUp) -> Table {
    let t = &rollup.totals;
    let rows: Vec<(&str, usize)> = vec![
        ("读取的文件(含备份中的每份自查)", t.files_read),
        ("未能读取、未计入的文件", t.rejected),
        ("重复文件(已按最新版本合并)", t.duplicates),
        ("计入汇总的单位", t.units),
        ("存在红线问题的单位", t.units_with_red),
        ("全部作答的单位", t.units_complete),
        ("应用总数", t.apps),
        ("可提交备案的应用", t.apps_ready),
        ("红线(行)", t.counts.red_line),
        ("建议改进(行)", t.counts.advisory),
        ("未作答(行)", t.counts.unanswered),
        ("长期未更新的单位", t.stale),
    ];
    let mut rows: Vec<Vec<Cell>> = rows
        .into_iter()
        .map(|(label, v)| vec![label.into(), n(v)])
        .collect();
    rows.push(vec!["汇总日期".into(), rollup.today.clone().into()]);
    Table {
        name: "合计",
        headers: vec!["项目", "数值"],
        rows,
    }
}

fn top_table(rollup: &RollUp) -> Table {
    let rows = rollup
        .top_red
        .iter()
        .map(|t| {
            let units: Vec<&str> = t
                .unit_rows
                .iter()
                .filter_map(|&r| rollup.units.get(r))
                .map(|u| u.unit.as_str())
                .collect();
            let units = joined(units.into_iter());
            vec![
                t.id.clone().into(),
                t.question.clone().into(),
                n(t.units),
                Cell::Number(t.assets),
                units.into(),
            ]
        })
        .collect();
    Table {
        name: "红线高发题目",
        headers: vec!["题号", "题目", "单位数", "涉及资产数", "单位"],
        rows,
    }
}

fn parts_table(rollup: &RollUp) -> Table {
    let mut headers = vec!["部分", "名称"];
    headers.extend(SEGMENTS.iter().map(|(s, _, _)| s.label()));
    let rows = rollup
        .parts
        .iter()
        .map(|p| {
            let mut row: Vec<Cell> = vec![p.id.clone().into(), p.title.clone().into()];
            row.extend(SEGMENTS.iter().map(|(s, _, _)| n(p.counts.of(*s))));
            row
        })
        .collect();
    Table {
        name: "分部分统计",
        headers,
        rows,
    }
}

/// Builds one table.
type Builder = fn(&RollUp, &Intake, &Naming) -> Table;

/// Every view as a table, in sheet order, each built when the iterator reaches it; the
/// anonymised roll-up starts with what was removed.
pub fn tables<'a>(
    rollup: &'a RollUp,
    intake: &'a Intake,
    naming: &'a Naming,
) -> impl Iterator<Item = Table> + 'a {
    let removed: Option<Builder> = naming.is_anonymised().then_some(|_, _, _| removed_table());
    let overlay: Option<Builder> = rollup
        .units
        .iter()
        .any(|u| !u.overlay.is_empty())
        .then_some(|r, _, _| super::overlay_table::overlay_table(r));
    let views: [Builder; 8] = [
        |r, _, _| units_table(r),
        |r, _, _| totals_table(r),
        |r, _, _| top_table(r),
        |r, _, _| parts_table(r),
        |r, _, _| same_kind_table(r),
        |r, _, _| stale_table(r),
        |_, i, n| rejected_table(i, n),
        |_, i, n| duplicates_table(i, n),
    ];
    removed
        .into_iter()
        .chain(views)
        .chain(overlay)
        .map(move |build| build(rollup, intake, naming))
}
