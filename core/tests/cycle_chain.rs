//! The rectification cycle on a chain of three self-checks of one unit (the county fixture):
//! next self-check, compare, the ledger's history and 销号, and the re-import of an edited ledger.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use fingertip_core::cycle::{
    compare, csv_records, gone_rows, next_check, preview_ledger_import, provisional_count,
    ChangeKind, Comparison, CycleEdit, LedgerFileError, NextCheck,
};
use fingertip_core::edit::{apply, Edit, LedgerField};
use fingertip_core::engine::{evaluate, Status};
use fingertip_core::inventory_edit::AssetKind;
use fingertip_core::model::{Answer, Assessment, Purpose, RectStatus};
use fingertip_core::pack::{embedded, Pack};
use fingertip_core::report::{build_report, ledger_csv, LedgerRow};
use fingertip_core::save::parse;

fn pack() -> &'static Pack {
    embedded().expect("embedded pack")
}

fn first() -> Assessment {
    parse(include_str!("fixtures/v2/county-hrss.json"))
        .expect("fixture")
        .into_assessment()
}

fn choice(id: &str, date: &str) -> NextCheck {
    NextCheck {
        id: id.into(),
        now: format!("{date}T09:00:00Z"),
        date: date.into(),
        purpose: Purpose::Periodic,
        parts: Default::default(),
    }
}

fn confirm_all(a: &mut Assessment) {
    let items = pack().items.iter().map(|i| i.id.clone()).collect();
    assert!(apply(a, Edit::Cycle(CycleEdit::ConfirmItems(items))));
    assert_eq!(provisional_count(a), 0);
}

fn answer(a: &mut Assessment, item: &str, asset: &str, value: &str) {
    let old = a.answer(item, asset).cloned().unwrap_or_default();
    // The unit's own answer: no longer a 待复核/待确认 value, even where it keeps the value.
    let new = Answer {
        value: Answer::choice(value).value,
        provisional: false,
        suggested: None,
        ..old
    };
    assert!(apply(
        a,
        Edit::Answer {
            item: item.into(),
            asset: asset.into(),
            answer: Some(new)
        }
    ));
}

fn ledger(a: &Assessment) -> Vec<LedgerRow> {
    build_report(pack(), a, &evaluate(pack(), a)).ledger
}

/// Check 2: app renamed, the group red line fixed, a new red line, an account removed, a group added.
fn second() -> Assessment {
    let mut b = next_check(pack(), &first(), &choice("draft-2", "2026-12-30"));
    confirm_all(&mut b);
    let mut app = b.inventory.apps[0].clone();
    app.name = "县人社掌上通(新版)".into();
    assert!(apply(&mut b, Edit::App(app)));
    answer(&mut b, "C6.4", "grp-1", "no");
    answer(&mut b, "C7.1", "app-1", "yes");
    assert!(apply(&mut b, Edit::Remove("acct-1".into())));
    let names = vec!["新专班群".to_string()];
    assert!(apply(
        &mut b,
        Edit::AddAssets {
            kind: AssetKind::Group,
            names
        }
    ));
    answer(&mut b, "C6.4", "grp-3", "no");
    b
}

fn rows(c: &Comparison, kind: ChangeKind) -> Vec<(String, String)> {
    c.rows
        .iter()
        .filter(|r| r.kind == kind)
        .map(|r| (r.item.clone(), r.asset.label().to_string()))
        .collect()
}

#[test]
fn the_next_check_keeps_ids_links_its_predecessor_and_holds_answers_for_review() {
    let a = first();
    let b = next_check(pack(), &a, &choice("draft-2", "2026-12-30"));
    let link = b.predecessor.clone().expect("linked");
    assert_eq!(
        (link.id.as_str(), link.date.as_str()),
        ("draft-1", "2026-06-30")
    );
    assert_eq!(link.fingerprint.len(), 64);
    assert_eq!(b.inventory, a.inventory);
    assert_eq!(b.profile.date, "2026-12-30");
    assert_eq!(
        provisional_count(&b),
        a.answers.values().filter(|x| x.value.is_some()).count()
    );
    // Shown, not counted: every row with a carried answer is 未作答 until confirmed.
    let eval = evaluate(pack(), &b);
    let held = eval.findings.iter().filter(|f| f.provisional).count();
    assert!(held > 50, "{held}");
    assert!(eval
        .findings
        .iter()
        .filter(|f| f.provisional)
        .all(|f| f.status == Status::Unanswered || f.prefilled));
    // Before confirming, only what the inventory itself says (prefill) can stand as a problem.
    let standing: Vec<String> = ledger(&b).into_iter().map(|r| r.item).collect();
    assert_eq!(standing, ["B5.3"]);
    assert!(eval
        .findings
        .iter()
        .filter(|f| f.severity().is_some())
        .all(|f| f.prefilled));
    // The problems of check 1 have histories created in check 1.
    let created: Vec<(&str, &str)> = b
        .ledger_history
        .iter()
        .map(|(item, h)| (item.as_str(), h.created_in.as_str()))
        .collect();
    assert_eq!(
        created,
        [
            ("B3.2", "draft-1"),
            ("C6.4", "draft-1"),
            ("C9.3", "draft-1")
        ]
    );
}

#[test]
fn a_cleared_part_starts_afresh_but_keeps_its_ledger_cells() {
    let mut c = choice("draft-2", "2026-12-30");
    c.parts
        .insert("C".into(), fingertip_core::cycle::Carry::Clear);
    let b = next_check(pack(), &first(), &c);
    let c64 = b.answer("C6.4", "grp-1").expect("ledger cells kept");
    assert_eq!((c64.value.clone(), c64.owner.as_str()), (None, "王主任"));
    assert!(b.answer("C7.1", "app-1").is_none());
    assert!(b.answer("B3.1", "app-1").is_some_and(|x| x.provisional));
}

#[test]
fn changing_a_held_answer_makes_it_the_units_own() {
    let mut b = next_check(pack(), &first(), &choice("draft-2", "2026-12-30"));
    answer(&mut b, "C6.4", "grp-1", "no");
    assert!(!b.answer("C6.4", "grp-1").expect("answer").provisional);
    assert!(b.answer("C6.4", "grp-2").expect("answer").provisional);
}

#[test]
fn comparing_check_one_with_two_sorts_every_row_into_plain_categories() {
    let (a, b) = (first(), second());
    let c = compare(pack(), &a, &b);
    assert_eq!(
        rows(&c, ChangeKind::Fixed),
        [("C6.4".into(), "社保经办业务群(微信)".into())]
    );
    assert_eq!(
        rows(&c, ChangeKind::NewFinding),
        [("C7.1".into(), "县人社掌上通(新版)".into())]
    );
    // The renamed app is matched by id, not by name, and its advisory persists.
    let b32 = c.rows.iter().find(|r| r.item == "B3.2").expect("row");
    assert_eq!(b32.kind, ChangeKind::Persists);
    assert!(b32.asset.renamed() && !b32.asset.by_name);
    assert_eq!(c.by_name, 0);
    let removed = rows(&c, ChangeKind::AssetRemoved);
    assert!(!removed.is_empty() && removed.iter().all(|(_, l)| l == "某县人社(微信公众号)"));
    let added = rows(&c, ChangeKind::AssetAdded);
    assert!(!added.is_empty() && added.iter().all(|(_, l)| l == "新专班群"));
    assert_eq!(
        (
            c.red_lines.get(ChangeKind::Fixed),
            c.red_lines.get(ChangeKind::NewFinding)
        ),
        (1, 1)
    );
    assert_eq!(c.red_lines.get(ChangeKind::Persists), 0);
    let part_c = c.parts.iter().find(|p| p.part == "C").expect("part C");
    assert_eq!(part_c.counts.get(ChangeKind::Fixed), 1);
    let fixed = c
        .rows
        .iter()
        .find(|r| r.kind == ChangeKind::Fixed)
        .expect("fixed");
    let (before, after) = (
        fixed.before.clone().expect("before"),
        fixed.after.clone().expect("after"),
    );
    assert_eq!(
        (before.status, after.status),
        (Status::RedLine, Status::Compliant)
    );
    assert_eq!(before.note, "群内曾要求当日接龙回复");
    // 只看变化 hides the unchanged rows only.
    let changed = c.visible(true).count();
    assert_eq!(changed, c.rows.len() - c.totals.get(ChangeKind::Unchanged));
    assert!(changed < c.rows.len());
}

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

#[test]
fn an_asset_recreated_under_a_new_id_is_matched_by_name_with_a_mark() {
    let b = second();
    let mut c = next_check(pack(), &b, &choice("draft-3", "2027-06-30"));
    confirm_all(&mut c);
    let old = c
        .inventory
        .groups
        .iter()
        .find(|g| g.name == "新专班群")
        .expect("group")
        .id
        .clone();
    assert!(apply(&mut c, Edit::Remove(old)));
    // Re-created under a new id (grp-4): a placeholder takes the freed grp-3 first.
    let names = vec!["占位群".to_string(), "新专班群".to_string()];
    assert!(apply(
        &mut c,
        Edit::AddAssets {
            kind: AssetKind::Group,
            names
        }
    ));
    assert!(apply(&mut c, Edit::Remove("grp-3".into())));
    let cmp = compare(pack(), &b, &c);
    assert_eq!(cmp.by_name, 1);
    assert!(cmp
        .rows
        .iter()
        .filter(|r| r.asset.label() == "新专班群")
        .all(|r| r.asset.by_name));
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
    let remedy = |item: &str| {
        pack()
            .item(item)
            .map(|i| i.remedy.clone())
            .unwrap_or_default()
    };
    let before = b.clone();
    let p = preview_ledger_import(&records, &ledger(&b), remedy, "2027-01-07").expect("ours");
    let cells: Vec<(&str, &str, &str)> = p
        .changes
        .iter()
        .map(|c| (c.item.as_str(), c.column, c.after.as_str()))
        .collect();
    assert_eq!(
        cells,
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

#[test]
fn the_changes_workbook_lists_only_changes_with_both_fingerprints() {
    use calamine::{Data, Reader, Xlsx};
    let c = compare(pack(), &first(), &second());
    let bytes = fingertip_core::cycle::changes_xlsx(&c).expect("workbook");
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).expect("opens");
    let sheet = book.worksheet_range("变化").expect("变化 sheet");
    assert_eq!(sheet.height(), c.visible(true).count() + 1);
    let kinds: Vec<String> = sheet.rows().skip(1).map(|r| r[0].to_string()).collect();
    assert!(kinds.iter().all(|k| k != "未变化"));
    assert_eq!(kinds.iter().filter(|k| *k == "已整改").count(), 1);
    let counts = book.worksheet_range("统计").expect("统计 sheet");
    let fps: Vec<String> = counts
        .rows()
        .skip(1)
        .take(2)
        .map(|r| r[2].to_string())
        .collect();
    assert_eq!(
        fps,
        [c.before.fingerprint.clone(), c.after.fingerprint.clone()]
    );
    assert_ne!(fps[0], fps[1]);
    assert!(matches!(
        counts.rows().nth(3).map(|r| r[1].clone()),
        Some(Data::Float(_) | Data::Int(_))
    ));
}

#[test]
fn answers_held_for_review_compare_as_unchanged_and_red_lines_as_persisting() {
    let a = first();
    let b = next_check(pack(), &a, &choice("draft-2", "2026-12-30"));
    let c = compare(pack(), &a, &b);
    assert_eq!(c.totals.get(ChangeKind::AnswerChanged), 0);
    assert_eq!(c.totals.get(ChangeKind::Fixed), 0);
    assert_eq!(c.red_lines.get(ChangeKind::Persists), 1);
}
