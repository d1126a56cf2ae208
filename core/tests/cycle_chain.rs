//! The rectification cycle on a chain of three self-checks of one unit (the county fixture):
//! the next self-check and the comparison of any two. The ledger's side is in cycle_ledger.rs.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

mod common;

use common::chain::{answer, choice, confirm_all, first, ledger, pack, rows, second};
use fingertip_core::cycle::{
    compare, next_check, open_for_compare, order_pair, provisional_count, ChangeKind,
    CompareFileError, PairNote,
};
use fingertip_core::edit::{apply, Edit};
use fingertip_core::engine::{evaluate, Status};
use fingertip_core::inventory_edit::AssetKind;

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
    let standing: Vec<String> = ledger(&b)
        .into_iter()
        .map(|r| r.item.into_string())
        .collect();
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

#[test]
fn a_pair_is_put_in_date_order_and_a_different_unit_is_noted() {
    let (a, b) = (first(), second());
    let (before, after, notes) = order_pair(b.clone(), a.clone());
    assert_eq!(
        (before.id.as_str(), after.id.as_str()),
        ("draft-1", "draft-2")
    );
    assert_eq!(notes, [PairNote::Swapped]);
    // Linked checks of a renamed unit are not noted; unlinked checks of two names are.
    let mut renamed = b.clone();
    renamed.profile.name = "某县人力资源和社会保障局(新)".into();
    assert!(order_pair(a.clone(), renamed.clone()).2.is_empty());
    renamed.predecessor = None;
    let notes = order_pair(a.clone(), renamed).2;
    assert!(matches!(&notes[..], [PairNote::OtherUnit { .. }]));
    assert!(notes[0].message().contains("请确认这是同一单位"));
    assert_eq!(order_pair(a.clone(), a).2, [PairNote::SameCheck]);
}

#[test]
fn a_file_side_is_read_with_the_import_checks_and_a_backup_is_refused() {
    let bytes = fingertip_core::save::to_json(pack(), &second());
    let opened = open_for_compare(bytes.as_bytes(), pack(), &[]).expect("a saved check");
    assert_eq!(opened.id, "draft-2");
    let saved = fingertip_core::save::SavedFile::new(pack(), &second());
    let backup = fingertip_core::import::backup_json("2027-01-01T00:00:00Z", &[saved], &[]);
    match open_for_compare(backup.as_bytes(), pack(), &[]) {
        Err(e @ CompareFileError::Backup(1)) => assert!(e.to_string().contains("完整备份")),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        open_for_compare(b"{", pack(), &[]),
        Err(CompareFileError::Refused(_))
    ));
}
