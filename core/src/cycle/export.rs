//! The comparison's changes as an XLSX workbook, on the roll-up's workbook writer: a sheet of
//! changes (只看变化) and a sheet of counts, with both checks' dates and fingerprints.

use super::compare::{ChangeKind, Comparison};
use crate::report::ReportError;
use crate::rollup::{workbook, Cell, Table};

fn text(s: &str) -> Cell {
    Cell::Text(s.to_string())
}

/// The 对象 cell: the label, with 按名称匹配 or the old name when renamed.
pub fn asset_words(r: &super::ChangeRow) -> String {
    let m = &r.asset;
    if m.by_name {
        format!("{}(按名称匹配)", m.label())
    } else if m.renamed() {
        format!("{}(原名:{})", m.after_label, m.before_label)
    } else {
        m.label().to_string()
    }
}

/// The workbook of `c`'s changes, dated `date`.
pub fn changes_xlsx(c: &Comparison) -> Result<Vec<u8>, ReportError> {
    let side = |s: &Option<super::Side>| match s {
        Some(s) => (format!("{}:{}", s.status_label, s.answer), s.note.clone()),
        None => ("(无此项)".to_string(), String::new()),
    };
    let rows = c
        .visible(true)
        .map(|r| {
            let (b, bn) = side(&r.before);
            let (a, an) = side(&r.after);
            vec![
                text(r.kind.label()),
                text(if r.red_line { "红线" } else { "" }),
                text(&r.item),
                text(&asset_words(r)),
                text(&r.question),
                Cell::Text(b),
                Cell::Text(bn),
                Cell::Text(a),
                Cell::Text(an),
            ]
        })
        .collect();
    let changes = Table {
        name: "变化",
        headers: vec![
            "类别",
            "红线",
            "条目",
            "对象",
            "题目",
            "前次结论与回答",
            "前次说明",
            "本次结论与回答",
            "本次说明",
        ],
        rows,
    };
    let mut heads = vec![
        vec![
            text("前一次自查"),
            text(&c.before.date),
            text(&c.before.fingerprint),
        ],
        vec![
            text("后一次自查"),
            text(&c.after.date),
            text(&c.after.fingerprint),
        ],
    ];
    for k in ChangeKind::ALL {
        heads.push(vec![
            text(k.label()),
            Cell::Number(c.totals.get(k) as u64),
            Cell::Number(c.red_lines.get(k) as u64),
        ]);
    }
    let counts = Table {
        name: "统计",
        headers: vec!["项目", "日期/全部", "数据指纹/红线"],
        rows: heads,
    };
    workbook([changes, counts], &c.after.date)
}
