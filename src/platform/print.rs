//! Printing: the only place that opens the browser's print dialog.

/// Opens the print dialog for the current page; returns a Chinese message on failure.
pub fn print() -> Result<(), String> {
    let fail = || "无法打开打印对话框。请使用浏览器菜单中的“打印”(或按 Ctrl+P)。".to_string();
    web_sys::window()
        .ok_or_else(fail)?
        .print()
        .map_err(|_| fail())
}
