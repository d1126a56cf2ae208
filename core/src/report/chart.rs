//! The per-part chart as ready-made SVG geometry: one stacked horizontal bar per part
//! (符合, 建议改进, 红线, 不适用, 未作答), all on one scale, plus a legend. The view maps each
//! rect to `<rect>` and each label to `<text>`; colours come from CSS classes, so print styles
//! can restyle them.

use crate::engine::{Counts, Status};

/// Chart width in SVG user units.
pub const CHART_WIDTH: f64 = 640.0;
/// Width of the part-title column on the left.
const LABEL_W: f64 = 176.0;
/// Width of the total column on the right.
const TOTAL_W: f64 = 64.0;
/// Width available to the longest bar.
pub const BAR_WIDTH: f64 = CHART_WIDTH - LABEL_W - TOTAL_W;
/// Height of the legend strip on top.
const LEGEND_H: f64 = 28.0;
/// Height of one bar.
pub const BAR_HEIGHT: f64 = 20.0;
/// Space below each bar.
const GAP: f64 = 10.0;
/// Offset from a bar's top to the baseline of text beside or inside it.
const BASELINE: f64 = 14.0;
/// Segments narrower than this carry no number inside.
const MIN_VALUE_W: f64 = 18.0;

/// The legend of the last segment: rows not yet answered and rows that cannot be judged.
pub const OPEN_LABEL: &str = "未作答/无法判断";

/// The statuses in bar order, with the CSS classes of their segments and legend swatches.
pub const SEGMENTS: [(Status, &str, &str); 5] = [
    (Status::Compliant, "seg-compliant", "seg-compliant legend"),
    (Status::Advisory, "seg-advisory", "seg-advisory legend"),
    (Status::RedLine, "seg-red", "seg-red legend"),
    (Status::NotApplicable, "seg-na", "seg-na legend"),
    (
        Status::Unanswered,
        "seg-unanswered",
        "seg-unanswered legend",
    ),
];

/// One part's row counts: the chart's input and the summary table's rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartBar {
    /// Part id, `A`..`F`.
    pub id: String,
    /// Part title, e.g. 强化建设管理.
    pub title: String,
    /// Status counts of its rows.
    pub counts: Counts,
}

/// A rectangle: a bar segment or a legend swatch.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartRect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
    /// CSS class(es), e.g. `seg-red` or `seg-red legend`.
    pub class: &'static str,
    /// Accessible title (`<title>`), e.g. `强化建设管理:红线 3 项`.
    pub text: String,
}

/// A text label: part title, number inside a segment, total, or legend entry.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartLabel {
    /// Anchor x.
    pub x: f64,
    /// Baseline y.
    pub y: f64,
    /// `text-anchor`: `start`, `middle` or `end`.
    pub anchor: &'static str,
    /// CSS class: `chart-part`, `chart-value`, `chart-total` or `chart-legend`.
    pub class: &'static str,
    /// The text.
    pub text: String,
}

/// The whole chart: its size and the shapes to draw, in drawing order.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSvg {
    /// Width (the `viewBox` width).
    pub width: f64,
    /// Height (the `viewBox` height).
    pub height: f64,
    /// Legend swatches, then bar segments.
    pub rects: Vec<ChartRect>,
    /// Legend texts, then per part: title, segment numbers, total.
    pub labels: Vec<ChartLabel>,
}

/// Rounds to 0.01 so the SVG attributes stay short.
fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// The chart of `parts`: bars share one scale (the largest part fills [`BAR_WIDTH`]), so each
/// segment's width is proportional to its count and every shape stays within [`CHART_WIDTH`].
pub fn chart_svg(parts: &[PartBar]) -> ChartSvg {
    let segment_label = |status: Status| match status {
        Status::Unanswered => OPEN_LABEL.to_string(),
        other => other.label().to_string(),
    };
    let mut rects = Vec::new();
    let mut labels = Vec::new();
    let mut legend_x = 0.0;
    for (status, _, class) in SEGMENTS {
        rects.push(ChartRect {
            x: legend_x,
            y: 6.0,
            w: 12.0,
            h: 12.0,
            class,
            text: segment_label(status),
        });
        labels.push(ChartLabel {
            x: legend_x + 16.0,
            y: 17.0,
            anchor: "start",
            class: "chart-legend",
            text: segment_label(status),
        });
        legend_x += 88.0;
    }
    let max_total = parts
        .iter()
        .map(|p| p.counts.total())
        .max()
        .unwrap_or(0)
        .max(1);
    let scale = BAR_WIDTH / max_total as f64;
    for (row, part) in parts.iter().enumerate() {
        let y = LEGEND_H + row as f64 * (BAR_HEIGHT + GAP);
        labels.push(ChartLabel {
            x: 0.0,
            y: y + BASELINE,
            anchor: "start",
            class: "chart-part",
            text: format!("{} {}", part.id, part.title),
        });
        let mut x = LABEL_W;
        for (status, class, _) in SEGMENTS {
            // Rows that cannot be judged yet are still open: they join the 未作答 segment.
            let n = match status {
                Status::Unanswered => part.counts.unanswered + part.counts.undetermined,
                other => part.counts.of(other),
            };
            if n == 0 {
                continue;
            }
            let w = n as f64 * scale;
            rects.push(ChartRect {
                x: round2(x),
                y,
                w: round2(w),
                h: BAR_HEIGHT,
                class,
                text: format!("{}:{} {n} 项", part.title, status.label()),
            });
            if w >= MIN_VALUE_W {
                labels.push(ChartLabel {
                    x: round2(x + w / 2.0),
                    y: y + BASELINE,
                    anchor: "middle",
                    // The open segment is pale: its figure is drawn dark.
                    class: if status == Status::Unanswered {
                        "chart-value chart-value-dark"
                    } else {
                        "chart-value"
                    },
                    text: n.to_string(),
                });
            }
            x += w;
        }
        labels.push(ChartLabel {
            x: CHART_WIDTH,
            y: y + BASELINE,
            anchor: "end",
            class: "chart-total",
            text: format!("共 {} 项", part.counts.total()),
        });
    }
    ChartSvg {
        width: CHART_WIDTH,
        height: LEGEND_H + parts.len() as f64 * (BAR_HEIGHT + GAP),
        rects,
        labels,
    }
}
