//! Draft writes under faults, against the in-memory store: every combination of draft write
//! ok/fails × index write ok/fails × reload or not. After the fault clears, the next save must
//! succeed (no false "another tab" warning), the reloaded list must show the newest stamp of
//! what is on disk, and nothing written successfully may be lost.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use fingertip_core::draft::{summarize, DraftSummary};
use fingertip_core::engine::evaluate;
use fingertip_core::model::Assessment;
use fingertip_core::pack::{embedded, Pack};
use fingertip_core::store::{draft_key, DraftStore, MemoryStore, Saved, StoreError, INDEX_KEY};

fn pack() -> &'static Pack {
    embedded().expect("embedded pack")
}

fn draft(name: &str, updated: &str) -> Assessment {
    let mut a = Assessment {
        id: "d1".into(),
        created: "2026-11-01T08:00:00.000Z".into(),
        updated: updated.into(),
        ..Assessment::default()
    };
    a.profile.name = name.into();
    a
}

fn summary(a: &Assessment) -> DraftSummary {
    summarize(a, &evaluate(pack(), a))
}

fn save(store: &mut DraftStore<MemoryStore>, a: &Assessment) -> Result<Saved, StoreError> {
    store.save_draft(pack(), a, &summary(a), "2026-11-01T09:00:00.000Z")
}

/// A store holding draft `d1` saved once as "第一版", opened by this tab.
fn saved_once() -> DraftStore<MemoryStore> {
    let mut store = DraftStore::new(MemoryStore::new());
    let first = draft("第一版", "2026-11-01T08:00:01.000Z");
    assert_eq!(save(&mut store, &first), Ok(Saved::Complete));
    store
}

fn stored_name(store: &mut DraftStore<MemoryStore>) -> String {
    store
        .load_draft("d1")
        .expect("readable")
        .expect("present")
        .profile
        .name
}

#[test]
fn every_combination_of_draft_and_index_faults_then_reload_or_not() {
    for draft_fails in [false, true] {
        for index_fails in [false, true] {
            for reload in [false, true] {
                let case = format!(
                    "draft fails {draft_fails}, index fails {index_fails}, reload {reload}"
                );
                let mut store = saved_once();
                if draft_fails {
                    store
                        .kv_mut()
                        .fail_writes(&draft_key("d1"), StoreError::QuotaExceeded, 1);
                }
                if index_fails {
                    store
                        .kv_mut()
                        .fail_writes(INDEX_KEY, StoreError::QuotaExceeded, 1);
                }
                let second = draft("第二版", "2026-11-01T08:00:02.000Z");
                let outcome = save(&mut store, &second);
                match (draft_fails, index_fails) {
                    (true, _) => assert_eq!(outcome, Err(StoreError::QuotaExceeded), "{case}"),
                    (false, true) => assert_eq!(
                        outcome,
                        Ok(Saved::ListBehind(StoreError::QuotaExceeded)),
                        "{case}"
                    ),
                    (false, false) => assert_eq!(outcome, Ok(Saved::Complete), "{case}"),
                }
                let on_disk = if draft_fails {
                    "第一版"
                } else {
                    "第二版"
                };
                assert_eq!(
                    stored_name(&mut store),
                    on_disk,
                    "{case}: the draft on disk"
                );
                store.kv_mut().heal();
                if reload {
                    let kv = std::mem::take(&mut store).into_kv();
                    store = DraftStore::new(kv);
                    let scan = store
                        .scan(pack(), "2026-11-01T09:00:00.000Z")
                        .expect("scan");
                    let line = scan.drafts.iter().find(|d| d.id == "d1").expect("listed");
                    assert_eq!(
                        line.unit, on_disk,
                        "{case}: the list is repaired from the draft"
                    );
                    assert_eq!(store.load_index().expect("index"), scan.drafts, "{case}");
                    assert_eq!(stored_name(&mut store), on_disk, "{case}");
                }
                let third = draft("第三版", "2026-11-01T08:00:03.000Z");
                assert_eq!(
                    save(&mut store, &third),
                    Ok(Saved::Complete),
                    "{case}: no false conflict"
                );
                assert_eq!(stored_name(&mut store), "第三版", "{case}");
                let index = store.load_index().expect("index");
                assert_eq!(index.len(), 1, "{case}");
                assert_eq!(index[0].updated, "2026-11-01T08:00:03.000Z", "{case}");
                assert_eq!(index[0].unit, "第三版", "{case}");
            }
        }
    }
}

#[test]
fn a_stale_index_line_alone_never_raises_the_conflict() {
    // The reported bug: the index line lags the draft (its write failed); the next edit compared
    // the line with what this tab wrote and called it another tab's save.
    let mut store = saved_once();
    store
        .kv_mut()
        .fail_writes(INDEX_KEY, StoreError::QuotaExceeded, 1);
    let second = draft("第二版", "2026-11-01T08:00:02.000Z");
    assert!(matches!(
        save(&mut store, &second),
        Ok(Saved::ListBehind(_))
    ));
    assert_eq!(store.changed_elsewhere("d1"), None);
    let third = draft("第三版", "2026-11-01T08:00:03.000Z");
    assert_eq!(save(&mut store, &third), Ok(Saved::Complete));
}

#[test]
fn a_real_other_writer_still_raises_the_conflict_and_nothing_is_written() {
    let mut store = saved_once();
    let mut other = DraftStore::new(store.kv().clone());
    other.load_draft("d1").expect("readable");
    let theirs = draft("另一标签页", "2026-11-01T08:00:05.000Z");
    assert_eq!(save(&mut other, &theirs), Ok(Saved::Complete));
    *store.kv_mut() = other.into_kv();
    assert_eq!(
        store.changed_elsewhere("d1"),
        Some("2026-11-01T08:00:05.000Z".into())
    );
    let mine = draft("本页", "2026-11-01T08:00:06.000Z");
    assert_eq!(
        save(&mut store, &mine),
        Err(StoreError::ChangedElsewhere {
            updated: "2026-11-01T08:00:05.000Z".into()
        })
    );
    assert_eq!(
        stored_name(&mut store),
        "另一标签页",
        "the other tab's save is kept"
    );
    // The user chose "keep mine": overwrite writes, and later saves are normal again.
    assert_eq!(
        store.overwrite_draft(pack(), &mine, &summary(&mine)),
        Ok(Saved::Complete)
    );
    let next = draft("本页再改", "2026-11-01T08:00:07.000Z");
    assert_eq!(save(&mut store, &next), Ok(Saved::Complete));
}

#[test]
fn a_full_quota_keeps_the_old_draft_whole_and_the_next_save_after_freeing_space_works() {
    let mut store = saved_once();
    let used: usize = store
        .kv()
        .entries()
        .iter()
        .map(|(k, v)| k.len() + v.len())
        .sum();
    store.kv_mut().set_quota(Some(used + 10));
    let mut big = draft("第二版", "2026-11-01T08:00:02.000Z");
    big.profile.name = "很长的单位名称".repeat(20);
    assert_eq!(save(&mut store, &big), Err(StoreError::QuotaExceeded));
    assert_eq!(stored_name(&mut store), "第一版");
    store.kv_mut().set_quota(None);
    assert_eq!(save(&mut store, &big), Ok(Saved::Complete));
}

#[test]
fn unavailable_storage_fails_every_call_with_its_own_error() {
    let mut store = saved_once();
    store.kv_mut().set_unavailable(true);
    let second = draft("第二版", "2026-11-01T08:00:02.000Z");
    assert_eq!(save(&mut store, &second), Err(StoreError::Unavailable));
    assert_eq!(store.probe(), Err(StoreError::Unavailable));
    store.kv_mut().heal();
    assert_eq!(store.probe(), Ok(()));
    assert_eq!(save(&mut store, &second), Ok(Saved::Complete));
}
