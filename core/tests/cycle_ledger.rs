//! The ledger across the chain of self-checks of the county fixture: one row per problem, its
//! history and 销号, and the re-import of an edited ledger (CSV, and XLSX as LibreOffice saves it).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::chain::{choice, confirm_all, first, ledger, pack, rows, second};
use fingertip_core::cycle::{
    compare, csv_records, gone_rows, ledger_records, next_check, preview_ledger_import, ChangeKind,
    CycleEdit, LedgerFileError, LedgerImport,
};
use fingertip_core::edit::{apply, Edit, LedgerField};
use fingertip_core::engine::evaluate;
use fingertip_core::model::{Assessment, RectStatus};
use fingertip_core::report::{build_report, ledger_csv};
use fingertip_core::save::parse;

#[test]
fn the_ledger_is_one_row_per_problem_and_its_history_survives_the_chain() {
    let mut b = second();
    let standing = ledger(&b);
    let items: Vec<&str> = standing.iter().map(|r| r.item.as_str()).collect();
    assert_eq!(items, ["C7.1", "B3.2", "C9.3"]);
    let b32 = &standing[1];
    let edit = CycleEdit::LedgerCell {
        item: "B3.2".into(),
        assets: b32.assets.clone(),
        field: LedgerField::Status(RectStatus::InProgress),
        remedy: String::new(),
        date: "2027-01-05".into(),
    };
    assert!(apply(&mut b, Edit::Cycle(edit)));
    // The group red line is gone: its row of check 1 can be closed (可销号), then is 已销号.
    let eval = evaluate(pack(), &b);
    let gone: Vec<String> = gone_rows(pack(), &b, &eval)
        .into_iter()
        .map(|g| g.item)
        .collect();
    assert_eq!(gone, ["C6.4"]);
    let close = CycleEdit::Close {
        item: "C6.4".into(),
        date: "2027-01-06".into(),
    };
    assert!(apply(&mut b, Edit::Cycle(close.clone())));
    assert!(
        !apply(&mut b, Edit::Cycle(close)),
        "closing twice changes nothing"
    );
    // A standing problem cannot be closed from its row.
    let closed_standing = CycleEdit::LedgerCell {
        item: "C7.1".into(),
        assets: vec!["app-1".into()],
        field: LedgerField::Status(RectStatus::Closed),
        remedy: String::new(),
        date: "2027-01-06".into(),
    };
    assert!(!apply(&mut b, Edit::Cycle(closed_standing)));
    // Saved, reopened, and carried into check 3: the histories are intact.
    let reopened = parse(&fingertip_core::save::to_json(pack(), &b))
        .expect("saves")
        .into_assessment();
    assert_eq!(reopened, b);
    let mut c = next_check(pack(), &reopened, &choice("draft-3", "2027-06-30"));
    confirm_all(&mut c);
    let h = &c.ledger_history["C6.4"];
    assert_eq!(
        (h.created_in.as_str(), h.created_on.as_str()),
        ("draft-1", "2026-06-30")
    );
    let closed = h.closed().expect("closed");
    assert_eq!(
        (
            closed.date.as_str(),
            closed.who.as_str(),
            closed.check.as_str()
        ),
        ("2027-01-06", "赵敏", "draft-2")
    );
    let h = &c.ledger_history["B3.2"];
    assert_eq!(
        h.events.last().and_then(|e| e.status),
        Some(RectStatus::InProgress)
    );
    assert_eq!(c.ledger_history["C7.1"].created_in, "draft-2");
    let c_eval = evaluate(pack(), &c);
    let gone = gone_rows(pack(), &c, &c_eval);
    assert!(gone.iter().any(|g| g.item == "C6.4" && g.closed.is_some()));
    // Check 1 against check 3: the app renamed in check 2 is still matched by id.
    let cmp = compare(pack(), &first(), &c);
    let b32 = cmp.rows.iter().find(|r| r.item == "B3.2").expect("row");
    assert!(b32.asset.renamed());
    assert_eq!(
        rows(&cmp, ChangeKind::Fixed),
        [("C6.4".to_string(), "社保经办业务群(微信)".to_string())]
    );
}

fn csv_text(a: &Assessment) -> String {
    let report = build_report(pack(), a, &evaluate(pack(), a));
    String::from_utf8(ledger_csv(&report)).expect("utf-8")
}

#[test]
fn an_edited_csv_ledger_previews_every_changed_cell_and_applies_only_when_confirmed() {
    let mut b = second();
    let text = csv_text(&b);
    let mut records = csv_records(&text);
    let header = records[0].clone();
    let col = |name: &str| header.iter().position(|h| h == name).expect("column");
    // Row 2 is C7.1 (the red line), row 3 is B3.2.
    records[1][col("责任人")] = "孙科长".into();
    records[1][col("时限")] = "年底前".into();
    records[2][col("状态")] = "整改中".into();
    records[2][col("整改措施")] = "=迁移至政务云".into();
    let before = b.clone();
    let p = preview_ledger_import(&records, &ledger(&b), remedy, "2027-01-07").expect("ours");
    assert_eq!(
        changed_cells(&p),
        [
            ("C7.1", "责任人", "孙科长"),
            ("B3.2", "整改措施", "=迁移至政务云"),
            ("B3.2", "状态", "整改中")
        ]
    );
    assert_eq!(p.errors.len(), 1);
    assert_eq!((p.errors[0].line, p.errors[0].column), (2, "时限"));
    assert!(
        p.errors[0].message.contains("“年底前”不是日期"),
        "{}",
        p.errors[0].message
    );
    assert_eq!(b, before, "the preview applies nothing");
    assert!(apply(&mut b, Edit::Cycle(p.edit())));
    let after = ledger(&b);
    assert_eq!(after[0].owner, "孙科长");
    assert_eq!(
        (after[1].measure.as_str(), after[1].status),
        ("=迁移至政务云", RectStatus::InProgress)
    );
    // Exported again and re-imported unchanged: nothing to apply.
    let again = csv_records(&csv_text(&b));
    let p = preview_ledger_import(&again, &after, remedy, "2027-01-07").expect("ours");
    assert_eq!((p.changes.len(), p.errors.len()), (0, 0));
}

#[test]
fn closing_a_standing_problem_in_the_file_is_a_field_error() {
    let b = second();
    let mut records = csv_records(&csv_text(&b));
    records[1][9] = "已销号".into();
    let p = preview_ledger_import(&records, &ledger(&b), |_| String::new(), "2027-01-07")
        .expect("ours");
    assert!(p.changes.is_empty());
    assert!(p.errors[0].message.contains("仍然存在,不能销号"));
}

#[test]
fn a_ledger_of_another_draft_is_refused_with_a_specific_message() {
    // Check 1's ledger, cut to its group red line, which check 2 no longer has.
    let mut records = csv_records(&csv_text(&first()));
    records.retain(|r| r[2] == "条目" || r[2] == "C6.4");
    let err = preview_ledger_import(
        &records,
        &ledger(&second()),
        |_| String::new(),
        "2027-01-07",
    )
    .expect_err("not this draft");
    assert_eq!(err, LedgerFileError::OtherDraft("C6.4".into()));
    assert_eq!(
        err.to_string(),
        "这份台账不属于当前草稿:文件中的条目(C6.4)都不在本草稿的整改台账中。请打开导出这份台账的那次自查后再导入。"
    );
    let not_ledger = vec![vec!["姓名".to_string(), "电话".to_string()]];
    assert!(matches!(
        preview_ledger_import(&not_ledger, &[], |_| String::new(), "2027-01-07"),
        Err(LedgerFileError::NotALedger(_))
    ));
}

/// (item, column, the file's value) of every change a preview found.
fn changed_cells(p: &LedgerImport) -> Vec<(&str, &str, &str)> {
    p.changes
        .iter()
        .map(|c| (c.item.as_str(), c.column, c.after.as_str()))
        .collect()
}

fn remedy(item: &str) -> String {
    pack()
        .item(item)
        .map(|i| i.remedy.clone())
        .unwrap_or_default()
}

#[test]
fn the_exported_xlsx_ledger_reads_back_unchanged() {
    let a = first();
    let report = build_report(pack(), &a, &evaluate(pack(), &a));
    let bytes = fingertip_core::report::ledger_xlsx(&report).expect("workbook");
    let records = ledger_records(&bytes).expect("ours");
    // Title, subtitle, then the header in row 3, as in the CSV from its first line.
    assert_eq!(records[2], csv_records(&csv_text(&a))[0]);
    let p = preview_ledger_import(&records, &report.ledger, remedy, "2026-07-01").expect("ours");
    assert_eq!((p.changes.len(), p.errors.len()), (0, 0));
}

/// Check 1's ledger, edited and saved by LibreOffice (shared strings, deflated parts, a date
/// cell): made by `scripts/edit-ledger-xlsx.py … --resave` from the exported XLSX with
/// C6.4 责任人=孙科长, C6.4 时限=年底前, B3.2 状态=整改中, B3.2 整改措施==迁移至政务云 and
/// C9.3 时限 = the date 2027-03-31.
const EDITED_BY_LIBREOFFICE: &[u8] =
    include_bytes!("fixtures/ledger/county-hrss-edited-libreoffice.xlsx");

#[test]
fn an_xlsx_ledger_saved_by_an_office_suite_previews_every_changed_cell() {
    let mut a = first();
    let before = a.clone();
    let records = ledger_records(EDITED_BY_LIBREOFFICE).expect("LibreOffice's workbook");
    let p = preview_ledger_import(&records, &ledger(&a), remedy, "2026-07-01").expect("ours");
    assert_eq!(
        changed_cells(&p),
        [
            ("C6.4", "责任人", "孙科长"),
            ("B3.2", "整改措施", "=迁移至政务云"),
            ("B3.2", "状态", "整改中"),
            ("C9.3", "时限", "2027-03-31"),
        ]
    );
    // The worksheet's own row number: the header is row 3, C6.4 is row 4.
    assert_eq!(p.errors.len(), 1);
    assert_eq!((p.errors[0].line, p.errors[0].column), (4, "时限"));
    assert!(p.errors[0]
        .message
        .starts_with("第 4 行“时限”:“年底前”不是日期"));
    assert_eq!(a, before, "the preview applies nothing");
    assert!(apply(&mut a, Edit::Cycle(p.edit())));
    let after = ledger(&a);
    let row = |item: &str| after.iter().find(|r| r.item == item).expect("row");
    assert_eq!(row("C6.4").owner, "孙科长");
    assert_eq!(row("B3.2").status, RectStatus::InProgress);
    assert_eq!(row("C9.3").deadline, "2027-03-31");
}

#[test]
fn an_xlsx_ledger_of_another_draft_is_refused_and_a_broken_one_explained() {
    let records = ledger_records(EDITED_BY_LIBREOFFICE).expect("reads");
    // Check 2 no longer has C6.4, but still B3.2 and C9.3: cut the file to the C6.4 row.
    let only_c64: Vec<Vec<String>> = records
        .into_iter()
        .filter(|r| r.get(2).is_none_or(|c| c == "条目" || c == "C6.4"))
        .collect();
    let err = preview_ledger_import(&only_c64, &ledger(&second()), remedy, "2027-01-07")
        .expect_err("not this draft");
    assert_eq!(err, LedgerFileError::OtherDraft("C6.4".into()));
    let cut = &EDITED_BY_LIBREOFFICE[..EDITED_BY_LIBREOFFICE.len() / 2];
    let err = ledger_records(cut).expect_err("truncated");
    assert!(err.to_string().contains("已损坏或不完整"), "{err}");
}
