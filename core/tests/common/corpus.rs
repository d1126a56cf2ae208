//! Shared set-up of the bad-file tests: the corpus directory and opening one of its files.

use std::fs;
use std::path::{Path, PathBuf};

use fingertip_core::import::{inspect, ImportError, Preview};
use fingertip_core::pack::{embedded, Pack};

pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad")
}

pub fn pack() -> &'static Pack {
    embedded().expect("embedded pack")
}

pub fn bytes(name: &str) -> Vec<u8> {
    fs::read(dir().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

pub fn open(name: &str) -> Result<Preview, ImportError> {
    inspect(&bytes(name), pack())
}

pub fn preview(name: &str) -> Preview {
    open(name).unwrap_or_else(|e| panic!("{name}: {e}"))
}

pub fn error(name: &str) -> ImportError {
    open(name)
        .err()
        .unwrap_or_else(|| panic!("{name}: imported"))
}

pub fn is_chinese(message: &str) -> bool {
    message
        .chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}
