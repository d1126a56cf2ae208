//! Overlay items (地方标准) in the roll-up's exports, for units whose files carry overlay packs:
//! a column of the units table naming each unit's overlay items (red ones marked), and a sheet
//! with each overlay item's source and how many units were asked it and how many have it red.
//! Roll-ups without overlays are exported as before.

use super::tables::{Cell, Table};
use super::view::{RollUp, UnitRow};

/// The units table's column, present only when some unit in view carries overlay items.
pub const UNIT_COLUMN: &str = "地方标准题目(红线标注)";

/// One unit's overlay items, e.g. `SC1.1、SC1.2(红线)`; empty for a national-only file.
pub fn unit_cell(u: &UnitRow) -> String {
    let items: Vec<String> = u
        .overlay
        .iter()
        .map(|(id, _, red)| match red {
            true => format!("{id}(红线)"),
            false => id.clone(),
        })
        .collect();
    items.join("、")
}

/// The sheet 地方标准题目: each overlay item once, in order of first appearance.
pub fn overlay_table(rollup: &RollUp) -> Table {
    let mut items: Vec<(&str, &str, usize, usize)> = Vec::new();
    for (id, source, red) in rollup.units.iter().flat_map(|u| &u.overlay) {
        let red = usize::from(*red);
        match items.iter_mut().find(|x| x.0 == id && x.1 == source) {
            Some(x) => {
                x.2 += 1;
                x.3 += red;
            }
            None => items.push((id, source, 1, red)),
        }
    }
    let units = rollup.units.len() as u64;
    Table {
        name: "地方标准题目",
        headers: vec![
            "题目",
            "来源",
            "包含此题的单位",
            "其中红线单位",
            "汇总单位总数",
        ],
        rows: items
            .into_iter()
            .map(|(id, source, asked, red)| {
                vec![
                    Cell::from(id),
                    Cell::from(source),
                    Cell::Number(asked as u64),
                    Cell::Number(red as u64),
                    Cell::Number(units),
                ]
            })
            .collect(),
    }
}
