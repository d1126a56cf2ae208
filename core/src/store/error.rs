//! The one storage error of the app, worded for users: what happened, that the work is still on
//! the page, and what to do. Browser details never reach the screen; they are kept for the
//! diagnostics page ([`StoreError::detail`]).

/// What can go wrong with stored drafts.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// No usable storage (disabled, or a private mode that refuses it).
    #[error("浏览器存储不可用(可能处于无痕模式,或浏览器禁止了本地存储),填写的内容无法自动保存。页面仍可正常使用:请继续填写,并在关闭页面前点击“导出全部数据”把内容保存到电脑上。")]
    Unavailable,
    /// The quota is full: the write did not happen.
    #[error("浏览器存储空间已满,最近的修改保存失败。内容仍在本页中,可以继续填写;请立即点击“导出全部数据”备份,再删除不需要的草稿以腾出空间。")]
    QuotaExceeded,
    /// A stored draft could not be read.
    #[error(
        "草稿“{id}”已损坏,无法打开:{reason}。原始内容已保留,可点击“导出全部数据”交给技术人员。"
    )]
    Corrupt {
        /// The draft id.
        id: String,
        /// Why, in Chinese.
        reason: String,
    },
    /// A stored draft written by a newer build; kept as it is.
    #[error("草稿“{id}”由更新版本的指尖自查保存(格式版本 {found}),当前版本无法打开。它原样保留在本浏览器中,不会被改动:请用新版本打开,或点击“导出全部数据”备份。")]
    NewerFormat {
        /// The draft id.
        id: String,
        /// Its format version.
        found: u64,
    },
    /// Another writer saved this draft after this tab last read or wrote it; nothing was written.
    #[error("这份草稿已在另一个窗口或标签页中修改,为免覆盖较新的内容,本页的修改暂未保存。请在页面顶部选择如何处理。")]
    ChangedElsewhere {
        /// The `updated` stamp now in storage.
        updated: String,
    },
    /// The draft was saved but its line in the draft list could not be written (storage nearly
    /// full); the next save or the next start-up repairs the line.
    #[error("草稿已保存,但草稿列表未能更新(浏览器存储空间将满)。请点击“导出全部数据”备份,并删除不需要的草稿;腾出空间后,下次保存或重新打开本页时列表会自动修复。")]
    ListBehind,
    /// Anything else the browser reported; `detail` is for the diagnostics page only.
    #[error("浏览器存储出错,最近的修改可能未保存。内容仍在本页中:请点击“导出全部数据”备份,然后刷新页面重试;如反复出现,请把“诊断信息”页的内容交给技术人员。")]
    Other {
        /// The browser's own words, never shown in the banner.
        detail: String,
    },
}

impl StoreError {
    /// Technical detail for the diagnostics page (empty for the plain cases).
    pub fn detail(&self) -> &str {
        match self {
            StoreError::Other { detail } => detail,
            StoreError::Corrupt { reason, .. } => reason,
            _ => "",
        }
    }
}
