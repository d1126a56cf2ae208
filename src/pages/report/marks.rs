//! Print-only marks repeated on every printed page: the fingerprint footer and, while the
//! self-check is unfinished, a 未完成 watermark. Hidden on screen (the cover shows both).

use yew::prelude::*;

use super::SectionProps;

/// The footer and watermark; `position: fixed` in print, so Chromium repeats them per page.
#[component]
pub fn PrintMarks(props: &SectionProps) -> Html {
    let c = &props.report.cover;
    html! {
        <>
            <div class="print-footer print-only" aria-hidden="true">
                { format!("数据指纹 {} · {} {}", c.fingerprint, c.pack_id, c.pack_version) }
            </div>
            if props.report.unfinished.is_some() {
                <div class="print-watermark print-only" aria-hidden="true">{ "未完成" }</div>
            }
        </>
    }
}
