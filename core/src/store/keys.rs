//! The storage keys this app writes, and how to tell them apart.

/// Prefix of every key this app writes.
pub const APP_PREFIX: &str = "fingertip/";
/// The draft list (one summary line per draft).
pub const INDEX_KEY: &str = "fingertip/index";
pub(super) const DRAFT_PREFIX: &str = "fingertip/draft/";
/// Prefix of the parts of drafts stored in parts (see `parts`).
pub(super) const PART_PREFIX: &str = "fingertip/part/";
pub(super) const QUARANTINE_PREFIX: &str = "fingertip/quarantine/";
pub(super) const SETTINGS_PREFIX: &str = "fingertip/settings/";
pub(super) const LARGE_TEXT_KEY: &str = "fingertip/settings/large-text";
pub(super) const PROBE_KEY: &str = "fingertip/probe";
pub(super) const ORIGINS_KEY: &str = "fingertip/origins";

/// The key of draft `id`.
pub fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

/// The draft id of a storage key, if it is a draft's key.
pub fn draft_id_of(key: &str) -> Option<&str> {
    key.strip_prefix(DRAFT_PREFIX)
}

/// Whether `key` is the draft list's key.
pub fn is_index_key(key: &str) -> bool {
    key == INDEX_KEY
}

/// Whether `key` is the app's own bookkeeping (index, settings, …) rather than user data: such
/// entries in a rescue file are not restored (they are rebuilt), everything else is.
pub fn is_bookkeeping(key: &str) -> bool {
    [INDEX_KEY, PROBE_KEY, ORIGINS_KEY].contains(&key) || key.starts_with(SETTINGS_PREFIX)
}
