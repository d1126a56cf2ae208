//! The colophon (版本记录): the tool words a paper copy needs for checking — questionnaire
//! version, its content hash and the data fingerprint — in small print at the very end, never
//! in the report's body. On screen it is hidden; the fingerprint also prints in every footer.

use yew::prelude::*;

use super::SectionProps;

/// The small print-only block.
#[component]
pub fn ReportColophon(props: &SectionProps) -> Html {
    let c = &props.report.cover;
    html! {
        <aside class="colophon print-only" aria-label="版本记录">
            { format!("本文件由“指尖自查”生成 · 问卷 {} {}", c.pack_id, c.pack_version) }
            if !c.pack_hash.is_empty() { { format!(" · 问卷包内容哈希:{}", c.pack_hash) } }
            { " · 数据指纹:" }<code data-testid="fingerprint">{ c.fingerprint.clone() }</code>
            { " · 核对纸质文件与导出的自查数据(JSON)时,两者指纹应一致。" }
        </aside>
    }
}
