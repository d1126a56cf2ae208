//! Helpers for engine tests on the synthetic pack: a base unit, judging one value on one asset,
//! and a choice shorthand.

use fingertip_core::engine::*;
use fingertip_core::model::*;
use fingertip_core::pack::Pack;

use super::builder::Unit;

/// Two apps (one planned), two accounts on different platforms, a temporary and a standing group.
pub fn base(pack: &Pack) -> Unit<'_> {
    Unit::new(pack)
        .app("app-1", "办公通")
        .app_with("app-2", "新平台", |a| a.status = AppStatus::Planned)
        .account("acct-1", "微信公众号", "某市发布", "2026-06-01")
        .account("acct-2", "抖音", "某市服务", "2026-06-20")
        .group("grp-1", "专班群", GroupKind::Temporary, false)
        .group("grp-2", "科室群", GroupKind::Standing, false)
}

/// Judges `value` for `item` on the asset with id `asset` of `a`.
pub fn judge_on(
    pack: &Pack,
    a: &Assessment,
    item: &str,
    asset: &str,
    value: Option<AnswerValue>,
    exception: bool,
) -> Judgement {
    let params = Params::new(pack, &a.parameters);
    let ctx = JudgeContext::new(&a.profile, &params);
    let inv = &a.inventory;
    let asset = inv
        .apps
        .iter()
        .find(|x| x.id == asset)
        .map(AssetRef::App)
        .or_else(|| {
            inv.accounts
                .iter()
                .find(|x| x.id == asset)
                .map(AssetRef::Account)
        })
        .or_else(|| {
            inv.groups
                .iter()
                .find(|x| x.id == asset)
                .map(AssetRef::Group)
        })
        .unwrap_or(AssetRef::Unit(&a.profile));
    let item = pack.item(item).expect("item exists");
    judge(item, asset, value.as_ref(), exception, &ctx)
}

pub fn choice(v: &str) -> Option<AnswerValue> {
    Some(AnswerValue::Choice(v.into()))
}
