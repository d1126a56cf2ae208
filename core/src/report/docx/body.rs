//! A small WordprocessingML body writer: the few block kinds the exports need (title, headings,
//! paragraphs, tables, page and section breaks), in 公文 fonts and sizes.

use std::fmt::Write as _;

use crate::report::xlsx::push_escaped;

/// 仿宋 body text, 黑体 headings, 宋体 tables (each named with its Windows alias in `fontTable.xml`).
pub(crate) const BODY_FONT: &str = "仿宋";
pub(crate) const HEADING_FONT: &str = "黑体";
pub(crate) const TABLE_FONT: &str = "宋体";

/// A4 portrait in twentieths of a point, and the GB/T 9704 margins (top 37, bottom 35, left 28,
/// right 26 mm).
pub(crate) const PAGE_W: u32 = 11906;
pub(crate) const PAGE_H: u32 = 16838;
const MARGINS: (u32, u32, u32, u32) = (2098, 1474, 1984, 1587);

/// How a paragraph is aligned.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Align {
    Left,
    Center,
    Right,
    Justify,
}

/// A document being written: `<w:body>` content.
pub(crate) struct Body {
    xml: String,
}

fn run(out: &mut String, text: &str, font: &str, half_points: u32, bold: bool) {
    let _ = write!(
        out,
        r#"<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>{}<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>"#,
        if bold { "<w:b/>" } else { "" }
    );
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<w:br/>");
        }
        out.push_str(r#"<w:t xml:space="preserve">"#);
        push_escaped(out, line);
        out.push_str("</w:t>");
    }
    out.push_str("</w:r>");
}

fn jc(align: Align) -> &'static str {
    match align {
        Align::Left => "left",
        Align::Center => "center",
        Align::Right => "right",
        Align::Justify => "both",
    }
}

impl Body {
    pub(crate) fn new() -> Self {
        Body {
            xml: String::with_capacity(64 * 1024),
        }
    }

    /// A paragraph of `text` with a style id, alignment and first-line indent, in `face`:
    /// (font, size in half-points, bold).
    fn para(
        &mut self,
        (style, align, indent): (&str, Align, bool),
        text: &str,
        face: (&str, u32, bool),
    ) {
        let (font, size, bold) = face;
        let _ = write!(self.xml, r#"<w:p><w:pPr><w:pStyle w:val="{style}"/>"#);
        if indent {
            self.xml
                .push_str(r#"<w:ind w:firstLineChars="200" w:firstLine="640"/>"#);
        }
        let _ = write!(self.xml, r#"<w:jc w:val="{}"/></w:pPr>"#, jc(align));
        run(&mut self.xml, text, font, size, bold);
        self.xml.push_str("</w:p>");
    }

    /// The document title: 22 pt, centred.
    pub(crate) fn title(&mut self, text: &str) {
        self.para(
            ("Title", Align::Center, false),
            text,
            (TABLE_FONT, 44, true),
        );
    }

    /// A first-level heading (一、…): 黑体 16 pt.
    pub(crate) fn heading(&mut self, text: &str) {
        self.para(
            ("Heading1", Align::Left, false),
            text,
            (HEADING_FONT, 32, false),
        );
    }

    /// A second-level heading: 黑体 14 pt.
    pub(crate) fn subheading(&mut self, text: &str) {
        self.para(
            ("Heading2", Align::Left, false),
            text,
            (HEADING_FONT, 28, false),
        );
    }

    /// A body paragraph: 仿宋 16 pt, first line indented two characters.
    pub(crate) fn text(&mut self, text: &str) {
        self.para(
            ("Normal", Align::Justify, true),
            text,
            (BODY_FONT, 32, false),
        );
    }

    /// A body paragraph without indent, aligned as asked.
    pub(crate) fn line(&mut self, text: &str, align: Align) {
        self.para(("Normal", align, false), text, (BODY_FONT, 32, false));
    }

    /// Small print (10.5 pt), e.g. a table caption or a note.
    pub(crate) fn small(&mut self, text: &str, align: Align) {
        self.para(("Normal", align, false), text, (TABLE_FONT, 21, false));
    }

    /// A page break.
    pub(crate) fn page_break(&mut self) {
        self.xml
            .push_str(r#"<w:p><w:r><w:br w:type="page"/></w:r></w:p>"#);
    }

    /// Ends the current section (what came before it), portrait or landscape.
    pub(crate) fn end_section(&mut self, landscape: bool) {
        self.xml.push_str("<w:p><w:pPr>");
        section_properties(&mut self.xml, landscape);
        self.xml.push_str("</w:pPr></w:p>");
    }

    /// A table with a repeated header row; `widths` in twips, one per column; `size` in half-points.
    pub(crate) fn table(
        &mut self,
        widths: &[u32],
        header: &[&str],
        rows: &[Vec<String>],
        size: u32,
    ) {
        self.xml.push_str(concat!(
            r#"<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/><w:tblBorders>"#,
            r#"<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#,
            r#"<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#,
            r#"<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#,
            r#"</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>"#,
        ));
        for w in widths {
            let _ = write!(self.xml, r#"<w:gridCol w:w="{w}"/>"#);
        }
        self.xml.push_str("</w:tblGrid>");
        if !header.is_empty() {
            self.xml
                .push_str(r#"<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"#);
            for (w, h) in widths.iter().zip(header) {
                self.cell(*w, h, size, true, Some("E8E8E8"));
            }
            self.xml.push_str("</w:tr>");
        }
        for row in rows {
            self.xml
                .push_str(r#"<w:tr><w:trPr><w:cantSplit/></w:trPr>"#);
            for (w, c) in widths.iter().zip(row) {
                self.cell(*w, c, size, false, None);
            }
            self.xml.push_str("</w:tr>");
        }
        // Word needs a paragraph between a table and what follows it.
        self.xml.push_str("</w:tbl><w:p/>");
    }

    fn cell(&mut self, width: u32, text: &str, size: u32, bold: bool, shade: Option<&str>) {
        let _ = write!(
            self.xml,
            r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>"#
        );
        if let Some(fill) = shade {
            let _ = write!(
                self.xml,
                r#"<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>"#
            );
        }
        self.xml
            .push_str(r#"</w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>"#);
        run(&mut self.xml, text, TABLE_FONT, size, bold);
        self.xml.push_str("</w:p></w:tc>");
    }

    /// The finished `word/document.xml`; the last section is portrait.
    pub(crate) fn finish(mut self) -> String {
        let mut out = String::with_capacity(self.xml.len() + 1024);
        out.push_str(concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            "\n",
            r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#,
            r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>"#,
        ));
        out.push_str(&std::mem::take(&mut self.xml));
        section_properties(&mut out, false);
        out.push_str("</w:body></w:document>");
        out
    }
}

/// `<w:sectPr>`: A4, GB/T 9704 margins (landscape keeps the same edges turned), the footer.
fn section_properties(out: &mut String, landscape: bool) {
    let (top, right, bottom, left) = MARGINS;
    out.push_str(r#"<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>"#);
    match landscape {
        false => {
            let _ = write!(
                out,
                r#"<w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}"/><w:pgMar w:top="{top}" w:right="{right}" w:bottom="{bottom}" w:left="{left}" w:header="851" w:footer="992" w:gutter="0"/>"#
            );
        }
        true => {
            let _ = write!(
                out,
                r#"<w:pgSz w:w="{PAGE_H}" w:h="{PAGE_W}" w:orient="landscape"/><w:pgMar w:top="{left}" w:right="{top}" w:bottom="{right}" w:left="{bottom}" w:header="851" w:footer="567" w:gutter="0"/>"#
            );
        }
    }
    out.push_str(r#"<w:pgNumType w:fmt="decimal"/><w:cols w:space="425"/></w:sectPr>"#);
}
