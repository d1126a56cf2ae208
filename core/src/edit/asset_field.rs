//! One field of one inventory asset as an intent: the inventory page sends the field the user
//! changed, and core applies it to the asset as it is now. The group rules live here too: a
//! standing group carries no "task ended", and a member count that is not a whole number keeps
//! the previous count.

use super::profile_field::set;
use crate::model::{
    Account, App, AppAudience, AppForm, AppRole, AppStatus, FilingStatus, Group, GroupKind,
    Inventory,
};

/// One changed field of an app.
#[derive(Debug, Clone, PartialEq)]
pub enum AppField {
    /// 应用名称
    Name(String),
    /// 本单位主办或仅使用
    Role(AppRole),
    /// 主办单位 (when only used)
    HostUnit(String),
    /// 形式
    Form(AppForm),
    /// 服务对象
    Audience(AppAudience),
    /// 状态
    Status(AppStatus),
    /// 备案状态
    Filing(FilingStatus),
    /// 备案编号
    FilingNumber(String),
    /// 同类应用
    SameKind(String),
}

/// One changed field of a public account.
#[derive(Debug, Clone, PartialEq)]
pub enum AccountField {
    /// 账号平台
    Platform(String),
    /// 账号名称
    Name(String),
    /// 最近发布日期
    LastUpdate(String),
    /// 开通日期
    Opened(String),
}

/// One changed field of a work group.
#[derive(Debug, Clone, PartialEq)]
pub enum GroupField {
    /// 群组平台
    Platform(String),
    /// 群组名称
    Name(String),
    /// 用途
    Purpose(String),
    /// 类型; a standing group drops "task ended" and its date.
    Kind(GroupKind),
    /// 任务已结束
    TaskEnded(bool),
    /// 任务结束日期
    TaskEnd(String),
    /// 群主
    Owner(String),
    /// 成员数 as typed; anything but a whole number keeps the previous count.
    Members(String),
}

/// One changed field of an asset of any kind.
#[derive(Debug, Clone, PartialEq)]
pub enum AssetField {
    /// An app's field.
    App(AppField),
    /// An account's field.
    Account(AccountField),
    /// A group's field.
    Group(GroupField),
}

impl From<AppField> for AssetField {
    fn from(f: AppField) -> Self {
        Self::App(f)
    }
}

impl From<AccountField> for AssetField {
    fn from(f: AccountField) -> Self {
        Self::Account(f)
    }
}

impl From<GroupField> for AssetField {
    fn from(f: GroupField) -> Self {
        Self::Group(f)
    }
}

/// Applies `field` to the asset `id` as it is now; whether it changed. A field of the wrong kind
/// for `id`, or an id no longer in the inventory, changes nothing.
pub fn apply_asset_field(inv: &mut Inventory, id: &str, field: AssetField) -> bool {
    match field {
        AssetField::App(f) => inv
            .apps
            .iter_mut()
            .find(|x| x.id == id)
            .is_some_and(|x| app(x, f)),
        AssetField::Account(f) => inv
            .accounts
            .iter_mut()
            .find(|x| x.id == id)
            .is_some_and(|x| account(x, f)),
        AssetField::Group(f) => inv
            .groups
            .iter_mut()
            .find(|x| x.id == id)
            .is_some_and(|x| group(x, f)),
    }
}

fn app(a: &mut App, f: AppField) -> bool {
    match f {
        AppField::Name(v) => set(&mut a.name, v),
        AppField::Role(v) => set(&mut a.role, v),
        AppField::HostUnit(v) => set(&mut a.host_unit, v),
        AppField::Form(v) => set(&mut a.form, v),
        AppField::Audience(v) => set(&mut a.audience, v),
        AppField::Status(v) => set(&mut a.status, v),
        AppField::Filing(v) => set(&mut a.filing, v),
        AppField::FilingNumber(v) => set(&mut a.filing_number, v),
        AppField::SameKind(v) => set(&mut a.same_kind, v),
    }
}

fn account(a: &mut Account, f: AccountField) -> bool {
    match f {
        AccountField::Platform(v) => set(&mut a.platform, v),
        AccountField::Name(v) => set(&mut a.name, v),
        AccountField::LastUpdate(v) => set(&mut a.last_update, v),
        AccountField::Opened(v) => set(&mut a.opened, v),
    }
}

fn group(g: &mut Group, f: GroupField) -> bool {
    match f {
        GroupField::Platform(v) => set(&mut g.platform, v),
        GroupField::Name(v) => set(&mut g.name, v),
        GroupField::Purpose(v) => set(&mut g.purpose, v),
        GroupField::Kind(kind) => {
            let mut changed = set(&mut g.kind, kind);
            // "Task ended" only means something for a temporary group.
            if kind == GroupKind::Standing {
                changed |= set(&mut g.task_ended, false);
                changed |= set(&mut g.task_end, String::new());
            }
            changed
        }
        GroupField::TaskEnded(v) => set(&mut g.task_ended, v),
        GroupField::TaskEnd(v) => set(&mut g.task_end, v),
        GroupField::Owner(v) => set(&mut g.owner, v),
        GroupField::Members(text) => match text.trim().parse() {
            Ok(n) => set(&mut g.members, n),
            Err(_) => false,
        },
    }
}
