//! The 自查 page of a large unit, a page at a time: the page a linked row is on, 按名称查找, and
//! the per-item row counts the batch copy offers.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::builder::Unit;
use fingertip_core::engine::evaluate;
use fingertip_core::model::{GroupKind, UnitLevel};
use fingertip_core::navigate::{article_rows, page_with, rows_named, rows_per_item, RowFilter};
use fingertip_core::pack::embedded;
use fingertip_core::paging::{Window, PAGE_ROWS};

#[test]
fn a_linked_row_is_found_on_its_page_and_by_name() {
    let pack = embedded().unwrap();
    let mut u = Unit::new(pack)
        .unit("某县", UnitLevel::County)
        .date("2026-11-20");
    for i in 1..=120 {
        u = u.group(
            &format!("grp-{i}"),
            &format!("工作群{i}"),
            GroupKind::Standing,
            false,
        );
    }
    let a = u.build();
    let eval = evaluate(pack, &a);
    let article = eval
        .findings
        .iter()
        .find(|f| f.target.asset == "grp-1")
        .map(|f| f.article.clone())
        .unwrap();
    let rows = article_rows(&eval, &article, RowFilter::All);
    assert!(rows.len() > PAGE_ROWS, "{} rows", rows.len());
    let last = rows.last().unwrap();
    let page = page_with(&rows, &last.target.item, &last.target.asset, PAGE_ROWS).unwrap();
    let w = Window::new(rows.len(), page, PAGE_ROWS);
    assert_eq!(w.page, w.pages - 1);
    assert!(rows[w.start..w.end].iter().any(|f| f.target == last.target));
    assert_eq!(page_with(&rows, "ZZ9", "grp-1", PAGE_ROWS), None);

    let named = rows_named(rows.clone(), " 工作群117 ");
    assert!(!named.is_empty());
    assert!(named.iter().all(|f| f.target.asset == "grp-117"));
    assert_eq!(rows_named(rows.clone(), "  ").len(), rows.len());

    let per = rows_per_item(&rows);
    assert_eq!(per.values().sum::<usize>(), rows.len());
    let item = &rows[0].target.item;
    assert_eq!(
        per[item.as_str()],
        rows.iter().filter(|f| f.target.item == *item).count()
    );
}
