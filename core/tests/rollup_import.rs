//! 导入到我的自查 from the roll-up: the unit a supervisor picks is previewed exactly as 打开文件
//! previews its file — a saved file as itself, a backup's draft as that draft — so importing it
//! goes through the same checks and buttons.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use fingertip_core::import::{backup_json, inspect_with, released_snapshots, ImportError};
use fingertip_core::pack::{self, Pack};
use fingertip_core::rollup::{preview_for_import, read_file, source_file, Read};
use fingertip_core::sample::SAMPLE_JSON;
use fingertip_core::save::{self, SavedFile};

fn pack() -> &'static Pack {
    pack::embedded().expect("embedded pack")
}

fn saved(name: &str, id: &str) -> SavedFile {
    let mut file = save::parse(SAMPLE_JSON).expect("sample parses");
    file.assessment.id = id.into();
    file.assessment.profile.name = name.into();
    file
}

/// The roll-up's names for what `bytes` (named `file`) gave.
fn names(file: &str, bytes: &[u8]) -> Vec<String> {
    read_file(file, bytes, pack())
        .into_iter()
        .map(|r| match r {
            Read::Unit(u) => u.file,
            Read::Rejected(r) => r.file,
        })
        .collect()
}

#[test]
fn a_saved_file_is_previewed_as_open_file_previews_it() {
    let bytes = serde_json::to_vec(&saved("甲县民政局", "d1")).expect("json");
    let name = names("报送/甲.json", &bytes).remove(0);
    let preview = preview_for_import(&name, &bytes, pack()).expect("readable");
    assert_eq!(
        Ok(preview),
        inspect_with(&bytes, pack(), released_snapshots())
    );
}

#[test]
fn a_backup_draft_is_previewed_as_that_draft() {
    let drafts = [saved("甲县民政局", "d1"), saved("乙县民政局", "d2")];
    let bytes = backup_json("2026-11-30T08:00:00Z", &drafts, &[]).into_bytes();
    let names = names("备份.json", &bytes);
    assert_eq!(names.len(), 2);
    for (name, draft) in names.iter().zip(&drafts) {
        assert_eq!(source_file(name), "备份.json");
        let preview = preview_for_import(name, &bytes, pack()).expect("readable");
        assert_eq!(preview.unit, draft.assessment.profile.name);
        assert_eq!(preview.file.assessment.id, draft.assessment.id);
    }
    let missing = preview_for_import("备份.json › 第 3 份", &bytes, pack());
    assert!(matches!(missing, Err(ImportError::Malformed(m)) if m.contains("第 3 份")));
}
