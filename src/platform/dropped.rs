//! Files and folders dragged onto the page: every file dropped directly, and every `.json` file in
//! a dropped folder and its subfolders (the entries API, `webkitGetAsEntry`), each named by its
//! path inside what was dropped. The only place that walks dropped folders.

use js_sys::{Array, Function, Promise};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DataTransfer, FileSystemDirectoryEntry, FileSystemEntry, FileSystemFileEntry};

/// A chosen file with the name to show for it: its path inside a dropped or picked folder, else
/// its own name. `file` is `None` when the browser could not hand the file over.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedFile {
    /// Path or name, e.g. `某县/民政局.json`.
    pub name: String,
    /// The file itself.
    pub file: Option<web_sys::File>,
}

/// What was dropped, taken while the drop event lasts (the browser empties the list after it).
/// A browser without the entries API gives the dropped files themselves.
pub fn entries(transfer: &DataTransfer) -> Result<Vec<FileSystemEntry>, Vec<NamedFile>> {
    let items = transfer.items();
    let entries: Vec<FileSystemEntry> = (0..items.length())
        .filter_map(|i| items.get(i))
        .filter(|item| item.kind() == "file")
        .filter_map(|item| item.webkit_get_as_entry().ok().flatten())
        .collect();
    if !entries.is_empty() || items.length() == 0 {
        return Ok(entries);
    }
    let list = transfer.files();
    Err(list
        .map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .map(|file| NamedFile {
            name: file.name(),
            file: Some(file),
        })
        .collect())
}

/// A callback-style browser call as a future: `start` gets the success and error callbacks.
async fn called(start: impl FnOnce(&Function, &Function)) -> Result<JsValue, JsValue> {
    let mut start = Some(start);
    let promise = Promise::new(&mut |resolve, reject| {
        if let Some(start) = start.take() {
            start(&resolve, &reject);
        }
    });
    JsFuture::from(promise).await
}

/// Every entry of a folder (the browser hands them over in batches until one is empty).
async fn children(dir: &FileSystemDirectoryEntry) -> Result<Vec<FileSystemEntry>, JsValue> {
    let reader = dir.create_reader();
    let mut all = Vec::new();
    loop {
        let batch = called(|ok, err| {
            if let Err(e) = reader.read_entries_with_callback_and_callback(ok, err) {
                let _ = err.call1(&JsValue::NULL, &e);
            }
        })
        .await?;
        let batch = Array::from(&batch);
        if batch.length() == 0 {
            return Ok(all);
        }
        // Chromium's entry classes are not all exposed under these names, so `instanceof`
        // checks fail: the entries API is trusted to hand over entries, told apart by
        // `isDirectory` / `isFile`.
        all.extend(batch.iter().map(JsCast::unchecked_into::<FileSystemEntry>));
    }
}

/// The entry's path inside what was dropped (`fullPath` without its leading `/`).
fn path_of(entry: &FileSystemEntry) -> String {
    let path = entry.full_path();
    match path.strip_prefix('/') {
        Some(p) if !p.is_empty() => p.to_string(),
        _ => entry.name(),
    }
}

async fn file_of(entry: FileSystemFileEntry) -> Option<web_sys::File> {
    let file = called(|ok, err| entry.file_with_callback_and_callback(ok, err)).await;
    file.ok().and_then(|f| f.dyn_into().ok())
}

/// The files of `entries`, folders walked depth first, each folder's entries by name. Inside folders only
/// `.json` files are taken; a folder that cannot be read is given as an unreadable file.
pub async fn files_below(entries: Vec<FileSystemEntry>) -> Vec<NamedFile> {
    let mut out = Vec::new();
    let mut stack: Vec<(FileSystemEntry, bool)> =
        entries.into_iter().rev().map(|e| (e, true)).collect();
    while let Some((entry, dropped)) = stack.pop() {
        let name = path_of(&entry);
        if entry.is_directory() {
            let dir = entry.unchecked_into::<FileSystemDirectoryEntry>();
            match children(&dir).await {
                Ok(mut kids) => {
                    // By name, so the same folder is read in the same order in every browser.
                    kids.sort_by_key(|e| std::cmp::Reverse(e.name()));
                    stack.extend(kids.into_iter().map(|e| (e, false)));
                }
                Err(_) => out.push(NamedFile { name, file: None }),
            }
        } else if entry.is_file() && (dropped || name.to_lowercase().ends_with(".json")) {
            let file = file_of(entry.unchecked_into::<FileSystemFileEntry>()).await;
            out.push(NamedFile { name, file });
        }
    }
    out
}
