//! Reading many chosen files in order with several reads in flight, so the browser fetches the
//! next files from disk while the current one is checked. Each file is still handed over whole
//! and in the order chosen.
//!
//! Asking a picked file its size costs a blocking call to the browser process (about 0.6 ms
//! each, measured: more than the file's checks), so a file named `.json` is read at once and its
//! length checked after reading; any other file is refused unread when too large, as before.

use std::collections::VecDeque;

use wasm_bindgen_futures::JsFuture;

use super::dropped::NamedFile;
use super::file::ReadError;

/// Reads started and not yet handed over, at most.
const IN_FLIGHT: usize = 8;

enum Pending {
    Reading(JsFuture),
    Failed(ReadError),
}

/// The chosen files, read ahead of their turn.
pub struct ReadAhead {
    waiting: std::vec::IntoIter<NamedFile>,
    started: VecDeque<(String, Pending)>,
    max: u64,
}

fn start(named: NamedFile, max: u64) -> (String, Pending) {
    let json = named.name.to_lowercase().ends_with(".json");
    let pending = match named.file {
        None => Pending::Failed(ReadError::Failed),
        // File sizes are whole numbers of bytes well within f64's exact range.
        Some(f) if !json && f.size() as u64 > max => {
            Pending::Failed(ReadError::TooLarge(f.size() as u64))
        }
        Some(f) => Pending::Reading(JsFuture::from(f.array_buffer())),
    };
    (named.name, pending)
}

impl ReadAhead {
    /// Reads `files` in order; a file larger than `max` bytes is not read at all.
    pub fn new(files: Vec<NamedFile>, max: u64) -> Self {
        ReadAhead {
            waiting: files.into_iter(),
            started: VecDeque::new(),
            max,
        }
    }

    /// The next file's name and bytes; `None` once every file was handed over.
    pub async fn next(&mut self) -> Option<(String, Result<Vec<u8>, ReadError>)> {
        while self.started.len() < IN_FLIGHT {
            let Some(named) = self.waiting.next() else {
                break;
            };
            self.started.push_back(start(named, self.max));
        }
        let (name, pending) = self.started.pop_front()?;
        let bytes = match pending {
            Pending::Failed(e) => Err(e),
            Pending::Reading(read) => match read.await {
                Err(_) => Err(ReadError::Failed),
                Ok(buffer) => {
                    let bytes = js_sys::Uint8Array::new(&buffer);
                    match u64::from(bytes.length()) {
                        size if size > self.max => Err(ReadError::TooLarge(size)),
                        _ => Ok(bytes.to_vec()),
                    }
                }
            },
        };
        Some((name, bytes))
    }
}
