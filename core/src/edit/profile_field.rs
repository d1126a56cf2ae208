//! One field of the unit profile (单位信息) as an intent: the unit page sends the field the user
//! changed, and core applies it to the profile as it is now.

use crate::model::{Purpose, UnitLevel, UnitProfile, UnitType};

/// One changed field of the unit profile.
#[derive(Debug, Clone, PartialEq)]
pub enum ProfileField {
    /// 单位名称
    Name(String),
    /// 单位层级
    Level(UnitLevel),
    /// 单位类型
    UnitType(UnitType),
    /// 是否有下级单位
    Supervising(bool),
    /// 自查目的
    Purpose(Purpose),
    /// 填报人
    Assessor(String),
    /// 联系方式
    Contact(String),
    /// 自查日期
    Date(String),
}

/// Puts `value` into `slot`; whether that changed it.
pub(super) fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
    let changed = *slot != value;
    *slot = value;
    changed
}

/// Applies `field` to `p`; whether the profile changed.
pub fn apply_profile_field(p: &mut UnitProfile, field: ProfileField) -> bool {
    match field {
        ProfileField::Name(v) => set(&mut p.name, v),
        ProfileField::Level(v) => set(&mut p.level, v),
        ProfileField::UnitType(v) => set(&mut p.unit_type, v),
        ProfileField::Supervising(v) => set(&mut p.supervising, v),
        ProfileField::Purpose(v) => set(&mut p.purpose, v),
        ProfileField::Assessor(v) => set(&mut p.assessor, v),
        ProfileField::Contact(v) => set(&mut p.contact, v),
        ProfileField::Date(v) => set(&mut p.date, v),
    }
}
