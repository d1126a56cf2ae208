//! Peak resident memory of this process, from Linux's /proc/self/status (VmHWM).

/// Peak resident set size in KiB; `None` where /proc is unavailable.
pub fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// The peak as text, e.g. `38.2 MiB`, or 未知.
pub fn peak_text() -> String {
    match peak_kib() {
        Some(kib) => format!("{:.1} MiB", kib as f64 / 1024.0),
        None => "未知(/proc 不可用)".to_string(),
    }
}
