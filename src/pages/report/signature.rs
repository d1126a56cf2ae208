//! Section 七 签字盖章: blank lines for the unit head and the person who filled the report in,
//! the date, and a box for the official seal — filled in by hand on paper.

use yew::prelude::*;

/// The signature block; kept on one printed page.
#[component]
pub fn ReportSignature() -> Html {
    html! {
        <section class="report-section signature keep" aria-labelledby="sec-sign">
            <h2 id="sec-sign">{ "七、签字盖章" }</h2>
            <p>{ "本单位已按上述内容完成自查,所填情况属实。" }</p>
            <div class="sign-grid">
                <div class="sign-lines">
                    <p class="sign-line"><span class="sign-label">{ "单位负责人(签字):" }</span><span class="sign-blank"></span></p>
                    <p class="sign-line"><span class="sign-label">{ "填报人(签字):" }</span><span class="sign-blank"></span></p>
                    <p class="sign-line"><span class="sign-label">{ "日期:" }</span><span class="sign-date">{ "年\u{3000}\u{3000}月\u{3000}\u{3000}日" }</span></p>
                </div>
                <div class="seal-box"><span>{ "盖章处" }</span></div>
            </div>
        </section>
    }
}
