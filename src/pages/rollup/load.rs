//! Reading the chosen files in slices: each file through the core's import checks, the browser
//! given a turn every ~30 ms so the progress bar moves and 取消 is heard, the next files read
//! from disk meanwhile. Nothing is stored.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use fingertip_core::import::{ImportError, MAX_IMPORT_BYTES};
use fingertip_core::pack::Pack;
use fingertip_core::rollup::{read_file, Intake, Read, Rejected};
use yew::Callback;

use crate::platform::dropped::NamedFile;
use crate::platform::file::ReadError;
use crate::platform::read_ahead::ReadAhead;
use crate::platform::tick::{mark, next_tick, now_ms};

/// The Performance mark set when reading starts (the benchmark measures from it).
pub const START_MARK: &str = "fingertip:rollup-start";
/// Work done between two turns given to the browser, in milliseconds.
const SLICE_MS: f64 = 30.0;

fn unreadable(name: String, e: ReadError) -> Read {
    let (kind, reason) = match e {
        ReadError::TooLarge(size) => {
            let e = ImportError::TooLarge { size };
            (e.kind(), e.to_string())
        }
        ReadError::Failed => (
            "read_failed",
            "无法读取这个文件(它可能已被移动、删除,或是一个文件夹)。".to_string(),
        ),
    };
    Read::Rejected(Rejected {
        file: name,
        kind,
        reason,
        detail: String::new(),
    })
}

/// Reads `files` into `intake`, reporting `(done, total)` to `on_progress` at each turn, and
/// stops early when `cancel` is set; `on_done` gets whether every file was read.
pub async fn load(
    files: Vec<NamedFile>,
    pack: &'static Pack,
    intake: Rc<RefCell<Intake>>,
    cancel: Rc<Cell<bool>>,
    on_progress: Callback<(usize, usize)>,
    on_done: Callback<bool>,
) {
    mark(START_MARK);
    let total = files.len();
    let mut slice_start = now_ms();
    let mut reading = ReadAhead::new(files, MAX_IMPORT_BYTES);
    let mut done = 0;
    while let Some((name, bytes)) = reading.next().await {
        if cancel.get() {
            on_done.emit(false);
            return;
        }
        let reads = match bytes {
            Ok(bytes) => read_file(&name, &bytes, pack),
            Err(e) => vec![unreadable(name, e)],
        };
        {
            let mut intake = intake.borrow_mut();
            for read in reads {
                intake.add(read);
            }
        }
        done += 1;
        if now_ms() - slice_start > SLICE_MS {
            on_progress.emit((done, total));
            next_tick().await;
            slice_start = now_ms();
        }
    }
    on_done.emit(!cancel.get());
}
