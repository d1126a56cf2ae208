//! Reading a file the user picked or dropped: the only place that turns a `File` into bytes.

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ReadError {
    /// Larger than the limit; carries its size in bytes. Nothing was read.
    #[error("文件太大({:.1} MB),没有读取。请确认选择的文件是否正确。", *.0 as f64 / 1_048_576.0)]
    TooLarge(u64),
    /// The browser could not read it (moved, deleted, no permission).
    #[error("无法读取这个文件(它可能已被移动、删除,或没有读取权限)。请重新选择文件。")]
    Failed,
}

/// Reads all of `file` unless it is larger than `max` bytes (checked before reading anything).
pub async fn read_bytes(file: web_sys::File, max: u64) -> Result<Vec<u8>, ReadError> {
    let file = gloo_file::File::from(file);
    let size = file.size();
    if size > max {
        return Err(ReadError::TooLarge(size));
    }
    gloo_file::futures::read_as_bytes(&file)
        .await
        .map_err(|_| ReadError::Failed)
}

/// The file's path inside a picked folder (`webkitRelativePath`), else its name.
pub fn display_name(file: &web_sys::File) -> String {
    js_sys::Reflect::get(file, &wasm_bindgen::JsValue::from_str("webkitRelativePath"))
        .ok()
        .and_then(|v| v.as_string())
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| file.name())
}
