//! Print-only marks repeated on every printed page: the fingerprint footer with the QR code
//! (full fingerprint, unit, date, questionnaire) and, while the self-check is unfinished, a
//! 未完成 watermark. Hidden on screen (the cover shows the fingerprint).

use yew::prelude::*;

use super::SectionProps;

/// The footer and watermark; `position: fixed` in print, so Chromium repeats them per page.
#[component]
pub fn PrintMarks(props: &SectionProps) -> Html {
    let r = &props.report;
    let c = &r.cover;
    html! {
        <>
            <div class="print-footer print-only" aria-hidden="true">
                <span class="print-footer-text">
                    { format!("数据指纹 {} · {} {}", c.fingerprint, c.pack_id, c.pack_version) }
                </span>
                if let Some(qr) = &r.qr {
                    <svg class="print-qr" viewBox={format!("0 0 {0} {0}", qr.size)}
                        shape-rendering="crispEdges" data-testid="print-qr">
                        <rect width={qr.size.to_string()} height={qr.size.to_string()} fill="#fff" />
                        <path d={qr.path.clone()} fill="#000" />
                    </svg>
                }
            </div>
            if r.unfinished.is_some() {
                <div class="print-watermark print-only" aria-hidden="true">{ "未完成" }</div>
            }
        </>
    }
}
