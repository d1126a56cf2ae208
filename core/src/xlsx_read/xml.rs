//! The XML reading every workbook part shares: `quick-xml` events by local name (so prefixed,
//! strict parts read too), attributes, and the text an event adds (characters, CDATA, references).

use std::borrow::Cow;

use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::Reader;

use super::XlsxError;

/// The value of the attribute with local name `local`.
pub(super) fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .map(|a| a.value.into_owned())
}

/// `&amp;` and the other predefined entities, and character references.
fn reference(r: &BytesRef<'_>) -> Option<char> {
    match r.resolve_char_ref() {
        Ok(Some(c)) => Some(c),
        _ => match r.as_ref() {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => None,
        },
    }
}

/// The text `e` adds to the element it is in, if it is text at all.
pub(super) fn text_of<'e>(e: &'e Event<'_>) -> Option<Cow<'e, str>> {
    match e {
        Event::Text(t) => Some(t.xml10_content()),
        Event::CData(t) => Some(t.xml10_content()),
        Event::GeneralRef(r) => reference(r).map(|c| Cow::Owned(c.to_string())),
        _ => None,
    }
}

/// Hands every event of `xml` to `each`; malformed XML is a damaged workbook.
pub(super) fn walk(xml: &str, mut each: impl FnMut(Event<'_>)) -> Result<(), XlsxError> {
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => return Ok(()),
            Ok(e) => each(e),
            Err(_) => return Err(XlsxError::Damaged),
        }
    }
}
