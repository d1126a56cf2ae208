//! An in-memory [`KeyValue`] for native tests, with the failures a browser can produce on demand:
//! a quota (in bytes of keys plus values), one-time failures of writes to chosen keys, and a
//! store that is unavailable altogether.

use std::collections::BTreeMap;

use super::{KeyValue, StoreError};

/// A planned failure: the next `times` writes to keys starting with `prefix` fail with `error`.
#[derive(Debug, Clone)]
struct Fault {
    prefix: String,
    error: StoreError,
    times: usize,
}

/// A `localStorage` stand-in.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    entries: BTreeMap<String, String>,
    quota: Option<usize>,
    faults: Vec<Fault>,
    unavailable: bool,
}

impl MemoryStore {
    /// An empty store with no limit.
    pub fn new() -> Self {
        Self::default()
    }

    /// Limits the bytes of all keys plus values; a write that would exceed it fails as the
    /// browser's quota does. `None` lifts the limit.
    pub fn set_quota(&mut self, bytes: Option<usize>) {
        self.quota = bytes;
    }

    /// The next `times` writes to keys starting with `prefix` fail with `error`.
    pub fn fail_writes(&mut self, prefix: &str, error: StoreError, times: usize) {
        self.faults.push(Fault {
            prefix: prefix.to_string(),
            error,
            times,
        });
    }

    /// Drops every planned failure.
    pub fn heal(&mut self) {
        self.faults.clear();
        self.unavailable = false;
    }

    /// Every call fails with [`StoreError::Unavailable`] (or works again).
    pub fn set_unavailable(&mut self, on: bool) {
        self.unavailable = on;
    }

    /// The entries, for assertions.
    pub fn entries(&self) -> &BTreeMap<String, String> {
        &self.entries
    }

    /// Writes `value` at `key` directly, as another tab or an older build would.
    pub fn put(&mut self, key: &str, value: &str) {
        self.entries.insert(key.to_string(), value.to_string());
    }

    fn used_without(&self, key: &str) -> usize {
        self.entries
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }

    fn check(&self) -> Result<(), StoreError> {
        if self.unavailable {
            return Err(StoreError::Unavailable);
        }
        Ok(())
    }
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.check()?;
        Ok(self.entries.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.check()?;
        if let Some(f) = self
            .faults
            .iter_mut()
            .find(|f| f.times > 0 && key.starts_with(&f.prefix))
        {
            f.times -= 1;
            return Err(f.error.clone());
        }
        if let Some(quota) = self.quota {
            if self.used_without(key) + key.len() + value.len() > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.entries.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.check()?;
        self.entries.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.check()?;
        Ok(self.entries.keys().cloned().collect())
    }
}
