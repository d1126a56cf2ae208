//! Print-only marks repeated on every printed page: the fingerprint footer with the QR code
//! (full fingerprint, unit, date, questionnaire) and, while the self-check is unfinished, a
//! 未完成 watermark, and on a practice draft a 培训练习 mark. Hidden on screen (the cover shows the fingerprint).

use fingertip_core::model::Purpose;
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
            if c.purpose == Purpose::Training.label() {
                <div class="practice-watermark print-only" aria-hidden="true">{ "培训练习" }</div>
            }
            if r.unfinished.is_some() {
                <div class="print-watermark print-only" aria-hidden="true">{ "未完成" }</div>
            }
        </>
    }
}
