//! The unit (主办/使用单位) doing the self-check.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Administrative level of the unit.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum UnitLevel {
    /// 中央
    Central,
    /// 省级
    Province,
    /// 市级
    #[default]
    City,
    /// 县级
    County,
    /// 乡镇及以下 (below county level)
    Township,
}

impl UnitLevel {
    /// Every level, in display order.
    pub const ALL: [UnitLevel; 5] = [
        Self::Central,
        Self::Province,
        Self::City,
        Self::County,
        Self::Township,
    ];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Central => "中央",
            Self::Province => "省级",
            Self::City => "市级",
            Self::County => "县级",
            Self::Township => "乡镇及以下",
        }
    }
}

/// Kind of unit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitType {
    /// 行政机关
    #[default]
    Agency,
    /// 群团组织
    MassOrganization,
    /// 事业单位
    PublicInstitution,
    /// 村(居)民委员会: a grassroots self-governing body, not part of the government system.
    VillageCommittee,
    /// 社区(社区党组织、社区工作站等社区组织)
    Community,
}

impl UnitType {
    /// Every type, in display order.
    pub const ALL: [UnitType; 5] = [
        Self::Agency,
        Self::MassOrganization,
        Self::PublicInstitution,
        Self::VillageCommittee,
        Self::Community,
    ];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Agency => "行政机关",
            Self::MassOrganization => "群团组织",
            Self::PublicInstitution => "事业单位",
            Self::VillageCommittee => "村(居)民委员会",
            Self::Community => "社区",
        }
    }
}

/// Why the self-check is done.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// 备案前自查
    PreFiling,
    /// 定期自查
    #[default]
    Periodic,
    /// 培训练习
    Training,
}

impl Purpose {
    /// Every purpose, in display order.
    pub const ALL: [Purpose; 3] = [Self::PreFiling, Self::Periodic, Self::Training];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::PreFiling => "备案前自查",
            Self::Periodic => "定期自查",
            Self::Training => "培训练习",
        }
    }
}

/// Who is checking, and for what.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UnitProfile {
    /// Unit name.
    pub name: String,
    /// Administrative level.
    pub level: UnitLevel,
    /// Kind of unit.
    pub unit_type: UnitType,
    /// Whether the unit supervises subordinate units (上级单位).
    #[serde(default)]
    pub supervising: bool,
    /// Why the check is done.
    pub purpose: Purpose,
    /// Person filling it in.
    pub assessor: String,
    /// Contact (phone or e-mail) of the assessor.
    pub contact: String,
    /// Assessment date, `YYYY-MM-DD`; rules measuring "days ago" count from it.
    pub date: String,
    /// 主送机关 of the 正式报告 (the office the report is sent to); not written when blank, so
    /// older files save and fingerprint as before.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub addressee: String,
    /// The unit's own text of 正式报告 narrative sections, keyed by section id (`work`,
    /// `basic`, `findings`, `measures`); a section without one prints the drafted text.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub report_text: BTreeMap<String, String>,
}
