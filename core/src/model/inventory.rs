//! The unit's inventory (清单): apps, public accounts and work groups, each with a stable id.

use serde::{Deserialize, Serialize};

use super::AssetId;

/// Form of an app.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppForm {
    /// 移动客户端 APP
    #[default]
    App,
    /// 小程序
    MiniProgram,
    /// 快应用
    QuickApp,
}

impl AppForm {
    /// Every form, in display order.
    pub const ALL: [AppForm; 3] = [Self::App, Self::MiniProgram, Self::QuickApp];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::App => "APP",
            Self::MiniProgram => "小程序",
            Self::QuickApp => "快应用",
        }
    }
}

/// Who an app serves.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppAudience {
    /// 内部办公、管理、学习 (the Measures' core scope)
    #[default]
    Internal,
    /// 面向经营主体和社会公众
    Public,
}

impl AppAudience {
    /// Every audience, in display order.
    pub const ALL: [AppAudience; 2] = [Self::Internal, Self::Public];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Internal => "内部办公",
            Self::Public => "面向公众",
        }
    }
}

/// Life-cycle status of an app.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppStatus {
    /// 规划或在建
    Planned,
    /// 已上线
    #[default]
    Online,
    /// 计划关停
    Retiring,
}

impl AppStatus {
    /// Every status, in display order.
    pub const ALL: [AppStatus; 3] = [Self::Planned, Self::Online, Self::Retiring];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Planned => "规划或在建",
            Self::Online => "已上线",
            Self::Retiring => "计划关停",
        }
    }
}

/// Filing (备案) status of an app.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FilingStatus {
    /// 已备案并有编号
    Filed,
    /// 申请中
    Applying,
    /// 未申请
    #[default]
    NotFiled,
}

impl FilingStatus {
    /// Every status, in display order.
    pub const ALL: [FilingStatus; 3] = [Self::Filed, Self::Applying, Self::NotFiled];

    /// The value used in answers (matches the F1 item's option values).
    pub fn value(self) -> &'static str {
        match self {
            Self::Filed => "filed",
            Self::Applying => "applying",
            Self::NotFiled => "not_filed",
        }
    }

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Filed => "已备案",
            Self::Applying => "申请中",
            Self::NotFiled => "未申请",
        }
    }
}

/// Whether the unit hosts (主办) an app or only uses (使用) one another unit hosts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppRole {
    /// 本单位主办: the unit builds, runs and files it.
    #[default]
    Hosted,
    /// 仅使用(他单位主办): rules about building and filing are the host's.
    Used,
}

impl AppRole {
    /// Whether this is [`AppRole::Hosted`] (the default).
    pub fn is_hosted(&self) -> bool {
        *self == AppRole::Hosted
    }

    /// Every role, in display order.
    pub const ALL: [AppRole; 2] = [Self::Hosted, Self::Used];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Hosted => "主办",
            Self::Used => "仅使用",
        }
    }
}

/// A government app.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct App {
    /// Stable id, e.g. `app-1`.
    pub id: AssetId,
    /// Name.
    pub name: String,
    /// Form.
    pub form: AppForm,
    /// Audience.
    pub audience: AppAudience,
    /// Status.
    pub status: AppStatus,
    /// Filing status.
    pub filing: FilingStatus,
    /// Filing number when filed.
    #[serde(default)]
    pub filing_number: String,
    /// Hosted by the unit or only used; files of format 1 lack it and migrate to hosted. Not
    /// written when hosted, so a hosted app saves (and fingerprints) as it did in format 1.
    #[serde(default, skip_serializing_if = "AppRole::is_hosted")]
    pub role: AppRole,
    /// The host unit's name when the unit only uses the app.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub host_unit: String,
    /// Same-kind apps or mini programs already run by this or other units (名称及主办单位,
    /// one per line); feeds item B3.4 and row 8 of the filing form.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub same_kind: String,
}

impl App {
    /// Whether the unit hosts this app (building and filing rules apply to it).
    pub fn hosted(&self) -> bool {
        self.role == AppRole::Hosted
    }
}

/// Kind of a work group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    /// 临时性、阶段性
    Temporary,
    /// 常设
    #[default]
    Standing,
}

impl GroupKind {
    /// Every kind, in display order.
    pub const ALL: [GroupKind; 2] = [Self::Temporary, Self::Standing];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Temporary => "临时群",
            Self::Standing => "常设群",
        }
    }
}

/// A public account (政务公众账号).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Account {
    /// Stable id, e.g. `acct-1`.
    pub id: AssetId,
    /// Platform, e.g. 微信公众号, 抖音.
    pub platform: String,
    /// Name.
    pub name: String,
    /// Date of the last post, `YYYY-MM-DD`, empty when unknown.
    #[serde(default)]
    pub last_update: String,
    /// Date the account was opened (开通日期), `YYYY-MM-DD`, empty when unknown; a last post
    /// before it is flagged as a typing error.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub opened: String,
}

/// A work group (工作群组).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// Stable id, e.g. `grp-1`.
    pub id: AssetId,
    /// Platform, e.g. 微信, 钉钉.
    pub platform: String,
    /// Name.
    pub name: String,
    /// What it is for.
    #[serde(default)]
    pub purpose: String,
    /// Temporary or standing.
    pub kind: GroupKind,
    /// For temporary groups: whether the task has ended.
    #[serde(default)]
    pub task_ended: bool,
    /// For temporary groups: the date the task ends or ended (任务结束日期), `YYYY-MM-DD`,
    /// empty when unknown; item C6.6 judges it against a grace period.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub task_end: String,
    /// Owner (群主) name.
    #[serde(default)]
    pub owner: String,
    /// Member count.
    #[serde(default)]
    pub members: u32,
}

/// Everything the unit runs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Inventory {
    /// Apps.
    #[serde(default)]
    pub apps: Vec<App>,
    /// Public accounts.
    #[serde(default)]
    pub accounts: Vec<Account>,
    /// Work groups.
    #[serde(default)]
    pub groups: Vec<Group>,
}
