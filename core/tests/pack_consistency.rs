//! The embedded pack parses and is consistent: the start-up parse can never fail in a green build.

use fingertip_core::pack::{
    check_pack, embedded, embedded_pack_line, pack_line, parse_pack, EMBEDDED_PACK_HASH,
    EMBEDDED_PACK_JSON,
};

#[test]
fn embedded_pack_parses() {
    let parsed = parse_pack(EMBEDDED_PACK_JSON);
    assert!(parsed.is_ok(), "{parsed:?}");
    assert!(embedded().is_some());
}

#[test]
fn embedded_pack_is_consistent() {
    let pack = embedded().expect("parses");
    let problems = check_pack(pack);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn pack_identity_is_stamped() {
    let pack = embedded().expect("parses");
    assert_eq!(pack.id, "fingertip-2023");
    assert_eq!(pack.version.split('.').count(), 3, "semantic version");
    assert_eq!(EMBEDDED_PACK_HASH.len(), 16);
    assert!(EMBEDDED_PACK_HASH.chars().all(|c| c.is_ascii_hexdigit()));
}

#[test]
fn first_screen_pack_line_matches_the_parsed_pack() {
    let pack = embedded().expect("parses");
    let parsed = pack_line(&pack.title, &pack.version, pack.items.len());
    assert_eq!(embedded_pack_line(), parsed);
    assert!(parsed.contains("共 59 题"), "{parsed}");
}
