//! Performance marks around an answer: "answer" when the user changes it, "saved" when autosave has
//! written it (after the screen updated), measured as `answer-to-saved` for the benchmark script.

const ANSWER: &str = "fingertip:answer";
const SAVED: &str = "fingertip:saved";
/// The measure the benchmark reads.
pub const MEASURE: &str = "fingertip:answer-to-saved";

fn performance() -> Option<web_sys::Performance> {
    web_sys::window().and_then(|w| w.performance())
}

/// Marks the moment an answer changed.
pub fn mark_answer() {
    if let Some(p) = performance() {
        p.clear_marks_with_mark_name(ANSWER);
        let _ = p.mark(ANSWER);
    }
}

/// Marks the end of the save that follows an answer, and measures from the answer.
pub fn mark_saved() {
    if let Some(p) = performance() {
        if p.get_entries_by_name_with_entry_type(ANSWER, "mark")
            .length()
            == 0
        {
            return;
        }
        let _ = p.mark(SAVED);
        let _ = p.measure_with_start_mark_and_end_mark(MEASURE, ANSWER, SAVED);
        p.clear_marks_with_mark_name(ANSWER);
        p.clear_marks_with_mark_name(SAVED);
    }
}
