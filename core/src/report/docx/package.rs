//! The fixed parts of a .docx package and the ZIP around them: content types, relationships,
//! styles, font table (with the Windows alias of each Chinese font as its fallback), the footer
//! with the page number, document properties.

use std::fmt::Write as _;

use super::body::{BODY_FONT, HEADING_FONT, TABLE_FONT};
use crate::report::xlsx::push_escaped;
use crate::report::xlsx::zip::Zip;
use crate::report::ReportError;

/// Every part of the package with its content type; `[Content_Types].xml` lists each of them.
pub(crate) const PARTS: [(&str, &str); 7] = [
    (
        "word/document.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    ),
    (
        "word/styles.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
    ),
    (
        "word/fontTable.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml",
    ),
    (
        "word/settings.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
    ),
    (
        "word/footer1.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
    ),
    (
        "docProps/core.xml",
        "application/vnd.openxmlformats-package.core-properties+xml",
    ),
    (
        "docProps/app.xml",
        "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    ),
];

const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

fn content_types() -> String {
    let mut out = format!(
        r#"{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"#
    );
    for (part, kind) in PARTS {
        let _ = write!(
            out,
            r#"<Override PartName="/{part}" ContentType="{kind}"/>"#
        );
    }
    out.push_str("</Types>");
    out
}

fn root_rels() -> String {
    format!(
        r#"{HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/></Relationships>"#
    )
}

fn document_rels() -> String {
    format!(
        r#"{HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="{REL}/styles" Target="styles.xml"/><Relationship Id="rIdFonts" Type="{REL}/fontTable" Target="fontTable.xml"/><Relationship Id="rIdSettings" Type="{REL}/settings" Target="settings.xml"/><Relationship Id="rIdFooter" Type="{REL}/footer" Target="footer1.xml"/></Relationships>"#
    )
}

fn style(
    out: &mut String,
    id: &str,
    name: &str,
    font: &str,
    half_points: u32,
    outline: Option<u8>,
    keep_next: bool,
) {
    let _ = write!(
        out,
        r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/>"#
    );
    if id != "Normal" {
        out.push_str(r#"<w:basedOn w:val="Normal"/><w:qFormat/>"#);
    }
    out.push_str("<w:pPr>");
    if keep_next {
        out.push_str("<w:keepNext/><w:keepLines/>");
    }
    let line = if id == "TableText" {
        r#"<w:spacing w:before="0" w:after="0" w:line="300" w:lineRule="auto"/>"#
    } else {
        r#"<w:spacing w:before="0" w:after="0" w:line="560" w:lineRule="exact"/>"#
    };
    out.push_str(line);
    if let Some(level) = outline {
        let _ = write!(out, r#"<w:outlineLvl w:val="{level}"/>"#);
    }
    let _ = write!(
        out,
        r#"</w:pPr><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/><w:sz w:val="{half_points}"/></w:rPr></w:style>"#
    );
}

fn styles() -> String {
    let mut out = format!(
        r#"{HEAD}<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{BODY_FONT}" w:hAnsi="{BODY_FONT}" w:eastAsia="{BODY_FONT}" w:cs="{BODY_FONT}"/><w:sz w:val="32"/><w:lang w:val="zh-CN" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>"#
    );
    style(&mut out, "Normal", "Normal", BODY_FONT, 32, None, false);
    style(&mut out, "Title", "Title", TABLE_FONT, 44, Some(0), true);
    style(
        &mut out,
        "Heading1",
        "heading 1",
        HEADING_FONT,
        32,
        Some(0),
        true,
    );
    style(
        &mut out,
        "Heading2",
        "heading 2",
        HEADING_FONT,
        28,
        Some(1),
        true,
    );
    style(
        &mut out,
        "TableText",
        "Table Text",
        TABLE_FONT,
        21,
        None,
        false,
    );
    style(&mut out, "Footer", "footer", TABLE_FONT, 21, None, false);
    out.push_str("</w:styles>");
    out
}

/// Each Chinese font with the name Windows, macOS and Linux know it by, so a word processor
/// without the first name still finds a match.
fn font_table() -> String {
    let mut out = format!(r#"{HEAD}<w:fonts xmlns:w="{W}">"#);
    for (name, alt, family) in [
        (BODY_FONT, "FangSong", "modern"),
        (HEADING_FONT, "SimHei", "modern"),
        (TABLE_FONT, "SimSun", "auto"),
    ] {
        let _ = write!(
            out,
            r#"<w:font w:name="{name}"><w:altName w:val="{alt}"/><w:charset w:val="86"/><w:family w:val="{family}"/><w:pitch w:val="variable"/></w:font>"#
        );
    }
    out.push_str("</w:fonts>");
    out
}

fn settings() -> String {
    format!(
        r#"{HEAD}<w:settings xmlns:w="{W}"><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"#
    )
}

/// The footer: `— N —` centred (GB/T 9704), and `note` (e.g. the data fingerprint) below it.
fn footer(note: &str) -> String {
    let run = |t: &str| format!(r#"<w:r><w:t xml:space="preserve">{t}</w:t></w:r>"#);
    let mut out = format!(
        r#"{HEAD}<w:ftr xmlns:w="{W}" xmlns:r="{REL}"><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>{}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>{}</w:p>"#,
        run("— "),
        run(" —")
    );
    if !note.is_empty() {
        out.push_str(r#"<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">"#);
        push_escaped(&mut out, note);
        out.push_str("</w:t></w:r></w:p>");
    }
    out.push_str("</w:ftr>");
    out
}

fn core_props(title: &str, date: &str) -> String {
    let mut out = format!(
        r#"{HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>"#
    );
    push_escaped(&mut out, title);
    out.push_str("</dc:title><dc:creator>指尖自查</dc:creator>");
    if !date.is_empty() {
        let _ = write!(
            out,
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:created>"#
        );
    }
    out.push_str("</cp:coreProperties>");
    out
}

const APP: &str = r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>指尖自查</Application></Properties>"#;

/// The .docx bytes of `document` (a finished `word/document.xml`), titled `title`, with
/// `footer_note` under the page number; every entry dated `date` (`(y, m, d)`, ZIP range).
pub(crate) fn package(
    document: &str,
    title: &str,
    footer_note: &str,
    date: Option<(u16, u16, u16)>,
) -> Result<Vec<u8>, ReportError> {
    let (y, m, d) = date.unwrap_or((1980, 1, 1));
    let iso = date
        .map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
        .unwrap_or_default();
    let mut zip = Zip::new(y, m, d);
    let parts: [(&str, String); 10] = [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", root_rels()),
        ("word/_rels/document.xml.rels", document_rels()),
        ("word/document.xml", document.to_string()),
        ("word/styles.xml", styles()),
        ("word/fontTable.xml", font_table()),
        ("word/settings.xml", settings()),
        ("word/footer1.xml", footer(footer_note)),
        ("docProps/core.xml", core_props(title, &iso)),
        ("docProps/app.xml", format!("{HEAD}{APP}")),
    ];
    for (name, xml) in &parts {
        zip.add(name, xml.as_bytes())
            .map_err(|e| ReportError::Docx(e.to_string()))?;
    }
    zip.finish().map_err(|e| ReportError::Docx(e.to_string()))
}
