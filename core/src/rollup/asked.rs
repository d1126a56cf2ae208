//! Items that were not asked of every unit in a roll-up: those added by overlay packs
//! (地方标准) that only some units' files carry. Their counts are not comparable across units,
//! so the roll-up says so, item by item.

use super::unit::UnitSummary;

/// One overlay item and how many of the units in view were asked it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotAskedEverywhere {
    /// Item id.
    pub id: String,
    /// Its source, e.g. `地方规定 · 标题 1.0.0 版`.
    pub source: String,
    /// Units whose file carries the item.
    pub asked: usize,
    /// Of those, units where it is red.
    pub red: usize,
    /// Units in view.
    pub units: usize,
}

impl NotAskedEverywhere {
    /// The line the 汇总 page shows.
    pub fn line(&self) -> String {
        format!(
            "{}({}):只有 {} / {} 个单位的自查包含这道题(其余单位没有叠加这份地方标准),其中 {} 个单位为红线;跨单位比较时请注意。",
            self.id, self.source, self.asked, self.units, self.red
        )
    }
}

/// Overlay items asked of fewer than all of `units`, in order of first appearance.
pub fn not_asked_everywhere<'a>(
    units: impl IntoIterator<Item = &'a UnitSummary>,
) -> Vec<NotAskedEverywhere> {
    let mut out: Vec<NotAskedEverywhere> = Vec::new();
    let mut total = 0;
    for u in units {
        total += 1;
        for (id, source) in &u.overlay_items {
            let red = usize::from(u.overlay_red.contains(id));
            match out.iter_mut().find(|x| x.id == *id && x.source == *source) {
                Some(x) => {
                    x.asked += 1;
                    x.red += red;
                }
                None => out.push(NotAskedEverywhere {
                    id: id.clone(),
                    source: source.clone(),
                    asked: 1,
                    red,
                    units: 0,
                }),
            }
        }
    }
    out.retain(|x| x.asked < total);
    for x in &mut out {
        x.units = total;
    }
    out
}
