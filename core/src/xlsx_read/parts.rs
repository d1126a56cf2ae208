//! The workbook's own parts: which part is the first worksheet (through the relationships), and
//! the shared-string table.

use quick_xml::events::Event;

use super::xml::{attr, text_of, walk};
use super::XlsxError;

/// The part name of the first worksheet, from the workbook and its relationships.
pub(super) fn first_sheet_path(workbook: &str, rels: &str) -> Result<String, XlsxError> {
    let mut id = None;
    walk(workbook, |e| {
        if let Event::Start(s) | Event::Empty(s) = e {
            if id.is_none() && s.local_name().as_ref() == "sheet" {
                id = attr(&s, "id");
            }
        }
    })?;
    let mut target = None;
    walk(rels, |e| {
        if let Event::Start(s) | Event::Empty(s) = e {
            if s.local_name().as_ref() == "Relationship" && attr(&s, "Id") == id {
                target = attr(&s, "Target");
            }
        }
    })?;
    Ok(match target {
        Some(t) if t.starts_with('/') => t.trim_start_matches('/').to_string(),
        Some(t) => format!("xl/{}", t.trim_start_matches("./")),
        None => "xl/worksheets/sheet1.xml".to_string(),
    })
}

/// Text of `<t>` elements, skipping phonetic runs (`<rPh>`), collected per `parent` element.
fn texts_in(xml: &str, parent: &str) -> Result<Vec<String>, XlsxError> {
    let (mut out, mut current, mut in_t, mut in_phonetic) =
        (Vec::new(), None::<String>, false, false);
    walk(xml, |e| {
        if let Some(text) = text_of(&e).filter(|_| in_t && !in_phonetic) {
            if let Some(c) = current.as_mut() {
                c.push_str(&text);
            }
            return;
        }
        match e {
            Event::Start(s) => match s.local_name().as_ref() {
                n if n == parent => current = Some(String::new()),
                "t" => in_t = true,
                "rPh" => in_phonetic = true,
                _ => {}
            },
            Event::Empty(s) if s.local_name().as_ref() == parent => out.push(String::new()),
            Event::End(s) => match s.local_name().as_ref() {
                n if n == parent => out.extend(current.take()),
                "t" => in_t = false,
                "rPh" => in_phonetic = false,
                _ => {}
            },
            _ => {}
        }
    })?;
    Ok(out)
}

/// The shared-string table.
pub(super) fn shared_strings(xml: &str) -> Result<Vec<String>, XlsxError> {
    texts_in(xml, "si")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_sheet_is_found_through_the_relationships() {
        let wb = r#"<workbook xmlns:r="rel"><sheets><sheet name="整改台账" sheetId="1" r:id="rId7"/><sheet name="b" sheetId="2" r:id="rId8"/></sheets></workbook>"#;
        let rels = r#"<Relationships><Relationship Id="rId8" Target="worksheets/b.xml"/><Relationship Id="rId7" Target="/xl/worksheets/a.xml"/></Relationships>"#;
        assert_eq!(first_sheet_path(wb, rels).unwrap(), "xl/worksheets/a.xml");
        assert_eq!(
            first_sheet_path(wb, "").unwrap(),
            "xl/worksheets/sheet1.xml"
        );
    }
}
