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

/// A complete justification card in force from 2026-01-01 to 2027-12-31.
pub fn full_card() -> Justification {
    Justification {
        reason: "重大活动安保期间人员到岗核验".into(),
        document: "某市重大活动安保工作方案".into(),
        clause: "第三条".into(),
        audience: "安保专班成员".into(),
        start: "2026-01-01".into(),
        end: "2027-12-31".into(),
    }
}

/// Complete cards for every restricted function of `item`'s exception (none when it has none).
pub fn full_cards(
    item: &fingertip_core::pack::Item,
) -> std::collections::BTreeMap<String, Justification> {
    item.exception
        .iter()
        .flat_map(|e| &e.functions)
        .map(|f| (f.value.clone(), full_card()))
        .collect()
}

/// Judges `value` for `item` on the asset with id `asset` of `a`; `exception` claims the item's
/// exception with a complete justification card for each restricted function.
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
    let cards = full_cards(item);
    let claim = Claim {
        claimed: exception,
        cards: Some(&cards),
    };
    judge(item, asset, value.as_ref(), claim, &ctx)
}

pub fn choice(v: &str) -> Option<AnswerValue> {
    Some(AnswerValue::Choice(v.into()))
}
