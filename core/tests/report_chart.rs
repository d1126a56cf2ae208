//! The per-part chart geometry: everything inside the canvas, one scale for all bars, segment
//! widths proportional to their counts.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use fingertip_core::engine::{evaluate, Counts, Status};
use fingertip_core::pack::embedded;
use fingertip_core::report::{
    build_report, chart_svg, ChartSvg, PartBar, BAR_HEIGHT, BAR_WIDTH, CHART_WIDTH, SEGMENTS,
};
use fingertip_core::sample::sample_assessment;

const EPS: f64 = 0.02;

fn bar(id: &str, counts: [usize; 5]) -> PartBar {
    let [compliant, advisory, red_line, not_applicable, unanswered] = counts;
    PartBar {
        id: id.into(),
        title: format!("第{id}部分"),
        counts: Counts {
            compliant,
            advisory,
            red_line,
            not_applicable,
            unanswered,
            undetermined: 0,
        },
    }
}

fn assert_inside(chart: &ChartSvg) {
    for r in &chart.rects {
        assert!(r.x >= 0.0 && r.y >= 0.0 && r.w > 0.0 && r.h > 0.0, "{r:?}");
        assert!(
            r.x + r.w <= chart.width + EPS,
            "{r:?} beyond {}",
            chart.width
        );
        assert!(
            r.y + r.h <= chart.height + EPS,
            "{r:?} below {}",
            chart.height
        );
    }
    for l in &chart.labels {
        assert!((0.0..=chart.width).contains(&l.x), "{l:?}");
        assert!(l.y > 0.0 && l.y <= chart.height, "{l:?}");
    }
}

/// Bar segments (not legend swatches) of the row whose top is `y`.
fn segments(chart: &ChartSvg, y: f64) -> Vec<(&'static str, f64, f64)> {
    chart
        .rects
        .iter()
        .filter(|r| !r.class.contains("legend") && (r.y - y).abs() < EPS)
        .map(|r| (r.class, r.x, r.w))
        .collect()
}

#[test]
fn bars_share_one_scale_and_segments_are_proportional() {
    let parts = [
        bar("A", [10, 5, 3, 2, 0]),
        bar("B", [40, 0, 0, 0, 0]),
        bar("C", [1, 1, 1, 1, 1]),
    ];
    let chart = chart_svg(&parts);
    assert_eq!(chart.width, CHART_WIDTH);
    assert_inside(&chart);
    let scale = BAR_WIDTH / 40.0;
    let bar_rows: Vec<f64> = {
        let mut ys: Vec<f64> = chart
            .rects
            .iter()
            .filter(|r| !r.class.contains("legend"))
            .map(|r| r.y)
            .collect();
        ys.dedup();
        ys
    };
    assert_eq!(bar_rows.len(), 3);
    for (part, &y) in parts.iter().zip(&bar_rows) {
        let segs = segments(&chart, y);
        let expected: Vec<(&str, usize)> = SEGMENTS
            .iter()
            .map(|(s, class, _)| (*class, part.counts.of(*s)))
            .filter(|(_, n)| *n > 0)
            .collect();
        assert_eq!(segs.len(), expected.len());
        let mut x = segs[0].1;
        for ((class, sx, w), (eclass, n)) in segs.iter().zip(&expected) {
            assert_eq!(class, eclass);
            assert!((w - *n as f64 * scale).abs() < EPS, "{class} {w} vs {n}");
            assert!((sx - x).abs() < EPS, "segments touch");
            x = sx + w;
        }
        let total_w: f64 = segs.iter().map(|s| s.2).sum();
        assert!((total_w - part.counts.total() as f64 * scale).abs() < EPS);
    }
    // The largest part (B) fills the bar width exactly.
    let b = segments(&chart, bar_rows[1]);
    assert_eq!(b.len(), 1);
    assert!((b[0].2 - BAR_WIDTH).abs() < EPS);
}

#[test]
fn labels_name_each_part_and_its_total() {
    let chart = chart_svg(&[bar("A", [3, 1, 0, 0, 0]), bar("F", [0, 0, 0, 0, 0])]);
    assert_inside(&chart);
    let texts: Vec<&str> = chart.labels.iter().map(|l| l.text.as_str()).collect();
    for s in Status::ALL {
        let named = texts.contains(&s.label())
            || (s.is_open() && texts.contains(&fingertip_core::report::OPEN_LABEL));
        assert!(named, "legend lacks {}", s.label());
    }
    assert!(texts.contains(&"A 第A部分"));
    assert!(texts.contains(&"共 4 项"));
    assert!(texts.contains(&"F 第F部分"));
    assert!(texts.contains(&"共 0 项"));
    // A part without rows draws no segment.
    let bars = chart
        .rects
        .iter()
        .filter(|r| !r.class.contains("legend"))
        .count();
    assert_eq!(bars, 2);
    assert!(chart
        .rects
        .iter()
        .all(|r| r.h == BAR_HEIGHT || r.class.contains("legend")));
}

#[test]
fn an_empty_chart_is_just_the_legend() {
    let chart = chart_svg(&[]);
    assert_inside(&chart);
    assert_eq!(chart.rects.len(), SEGMENTS.len());
    assert!(chart.height > 0.0);
}

#[test]
fn the_sample_chart_fits_and_counts_every_row() {
    let pack = embedded().expect("the embedded pack parses");
    let a = sample_assessment("s", "2026-11-01T09:00:00Z").expect("the sample parses");
    let eval = evaluate(pack, &a);
    let r = build_report(pack, &a, &eval);
    assert_inside(&r.chart);
    assert_eq!(r.parts.len(), pack.parts.len());
    let max = r.parts.iter().map(|p| p.counts.total()).max().unwrap_or(0);
    let scale = BAR_WIDTH / max as f64;
    let drawn: f64 = r
        .chart
        .rects
        .iter()
        .filter(|x| !x.class.contains("legend"))
        .map(|x| x.w)
        .sum();
    assert!((drawn - eval.findings.len() as f64 * scale).abs() < 0.1);
}
