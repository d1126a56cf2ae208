//! Field-level profile and inventory edits (`Edit::ProfileField`, `Edit::AssetField`): each
//! applies to the profile or asset as it is now, so two intents sent from one stale render keep
//! each other's fields; unchanged fields report no change; the group rules (a standing group has
//! no "task ended", a count that is not a whole number keeps the old one) hold; a finalised draft
//! refuses.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use fingertip_core::edit::{
    apply, AccountField, AppField, AssetField, Edit, GroupField, ProfileField,
};
use fingertip_core::inventory_edit::AssetKind;
use fingertip_core::model::{AppRole, Assessment, GroupKind, UnitLevel};

fn with_assets() -> Assessment {
    let mut a = Assessment::default();
    for kind in [AssetKind::App, AssetKind::Account, AssetKind::Group] {
        assert!(apply(
            &mut a,
            Edit::AddAssets {
                kind,
                names: vec!["一".into()]
            }
        ));
    }
    a
}

fn asset(id: &str, field: impl Into<AssetField>) -> Edit {
    Edit::AssetField {
        id: id.into(),
        field: field.into(),
    }
}

#[test]
fn two_profile_intents_from_one_render_keep_each_others_fields() {
    let mut a = Assessment::default();
    // Both callbacks were built from the same render; each sends only its own field.
    assert!(apply(
        &mut a,
        Edit::ProfileField(ProfileField::Name("某县教育局".into()))
    ));
    assert!(apply(
        &mut a,
        Edit::ProfileField(ProfileField::Level(UnitLevel::County))
    ));
    assert!(apply(
        &mut a,
        Edit::ProfileField(ProfileField::Assessor("李四".into()))
    ));
    assert_eq!(a.profile.name, "某县教育局");
    assert_eq!(a.profile.level, UnitLevel::County);
    assert_eq!(a.profile.assessor, "李四");
    assert!(!apply(
        &mut a,
        Edit::ProfileField(ProfileField::Name("某县教育局".into()))
    ));
}

#[test]
fn two_asset_intents_from_one_render_keep_each_others_fields() {
    let mut a = with_assets();
    let id = a.inventory.apps[0].id.clone();
    assert!(apply(&mut a, asset(&id, AppField::Name("掌上办".into()))));
    assert!(apply(&mut a, asset(&id, AppField::Role(AppRole::Used))));
    assert!(apply(
        &mut a,
        asset(&id, AppField::HostUnit("市政务服务中心".into()))
    ));
    let app = &a.inventory.apps[0];
    assert_eq!(
        (app.name.as_str(), app.role, app.host_unit.as_str()),
        ("掌上办", AppRole::Used, "市政务服务中心")
    );
    assert!(!apply(&mut a, asset(&id, AppField::Name("掌上办".into()))));
    let acct = a.inventory.accounts[0].id.clone();
    assert!(apply(
        &mut a,
        asset(&acct, AccountField::Platform("微信公众号".into()))
    ));
    assert!(apply(
        &mut a,
        asset(&acct, AccountField::LastUpdate("2026-10-01".into()))
    ));
    let x = &a.inventory.accounts[0];
    assert_eq!(
        (x.platform.as_str(), x.last_update.as_str()),
        ("微信公众号", "2026-10-01")
    );
}

#[test]
fn a_field_of_the_wrong_kind_or_an_unknown_id_changes_nothing() {
    let mut a = with_assets();
    let app = a.inventory.apps[0].id.clone();
    let before = a.clone();
    assert!(!apply(&mut a, asset(&app, GroupField::Name("群".into()))));
    assert!(!apply(&mut a, asset("app-99", AppField::Name("无".into()))));
    assert_eq!(a, before);
}

#[test]
fn a_standing_group_drops_task_ended_and_a_bad_count_keeps_the_old_one() {
    let mut a = with_assets();
    let id = a.inventory.groups[0].id.clone();
    assert!(apply(
        &mut a,
        asset(&id, GroupField::Kind(GroupKind::Temporary))
    ));
    assert!(apply(&mut a, asset(&id, GroupField::TaskEnded(true))));
    assert!(apply(
        &mut a,
        asset(&id, GroupField::TaskEnd("2026-09-30".into()))
    ));
    assert!(apply(
        &mut a,
        asset(&id, GroupField::Members(" 12 ".into()))
    ));
    for bad in ["", "-3", "十二", "99999999999"] {
        assert!(!apply(&mut a, asset(&id, GroupField::Members(bad.into()))));
    }
    assert_eq!(a.inventory.groups[0].members, 12);
    assert!(apply(
        &mut a,
        asset(&id, GroupField::Kind(GroupKind::Standing))
    ));
    let g = &a.inventory.groups[0];
    assert_eq!(
        (g.kind, g.task_ended, g.task_end.as_str()),
        (GroupKind::Standing, false, "")
    );
}

#[test]
fn a_finalised_draft_refuses_profile_and_asset_intents() {
    use fingertip_core::finalise::finalise;
    use fingertip_core::pack::embedded;
    let pack = embedded().unwrap();
    let mut a = fingertip_core::sample::sample_assessment("d", "2026-11-01T09:00:00Z").unwrap();
    finalise(pack, &mut a, "张三", "李四", "2026-11-02T09:00:00Z").unwrap();
    let before = a.clone();
    let id = a.inventory.apps[0].id.clone();
    assert!(!apply(
        &mut a,
        Edit::ProfileField(ProfileField::Name("改".into()))
    ));
    assert!(!apply(&mut a, asset(&id, AppField::Name("改".into()))));
    assert_eq!(a, before);
}
