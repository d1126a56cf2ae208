//! The embedded pack parses and is consistent: the start-up parse can never fail in a green build.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use fingertip_core::model::JustificationField;
use fingertip_core::pack::{
    check_pack, embedded, embedded_pack_line, pack_line, parse_pack, Confidence, Pack, Scope,
    EMBEDDED_PACK_HASH, EMBEDDED_PACK_JSON,
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
    assert!(parsed.contains("共 63 题"), "{parsed}");
}

/// The problems `check_pack` finds after `change` is applied to a copy of the embedded pack.
fn problems_after(change: impl FnOnce(&mut Pack)) -> Vec<String> {
    let mut pack = embedded().expect("parses").clone();
    change(&mut pack);
    check_pack(&pack).into_iter().map(|p| p.0).collect()
}

fn item_mut<'a>(pack: &'a mut Pack, id: &str) -> &'a mut fingertip_core::pack::Item {
    pack.items
        .iter_mut()
        .find(|i| i.id == id)
        .expect("item exists")
}

#[test]
fn a_measures_citation_tagged_original_on_groups_fails_the_check() {
    let found = problems_after(|p| {
        let c71 = item_mut(p, "C7.1");
        let measures = c71
            .basis
            .iter_mut()
            .find(|b| b.document == "measures")
            .expect("cited");
        assert_eq!(measures.confidence, Confidence::Original);
        measures.kinds.push(Scope::Group);
    });
    assert!(
        found
            .iter()
            .any(|p| p.contains("C7.1") && p.contains("does not cover")),
        "{found:?}"
    );
}

#[test]
fn every_citation_must_name_its_kinds_and_every_kind_needs_a_citation() {
    let found = problems_after(|p| item_mut(p, "C6.2").basis[0].kinds.clear());
    assert!(
        found.iter().any(|p| p.contains("names no kinds")),
        "{found:?}"
    );
    let found = problems_after(|p| {
        item_mut(p, "C6.2")
            .basis
            .retain(|b| !b.kinds.contains(&Scope::Account))
    });
    assert!(
        found
            .iter()
            .any(|p| p.contains("C6.2") && p.contains("no basis covers Account")),
        "{found:?}"
    );
    let found = problems_after(|p| {
        let b = &mut item_mut(p, "B4.3").basis[0];
        b.kinds.push(Scope::Group);
    });
    assert!(
        found.iter().any(|p| p.contains("not asked of")),
        "{found:?}"
    );
}

#[test]
fn every_exception_asks_for_its_whole_justification() {
    for field in JustificationField::ALL {
        let found = problems_after(|p| {
            let e = item_mut(p, "B4.1").exception.as_mut().expect("has one");
            e.fields.retain(|f| *f != field);
        });
        assert!(
            found
                .iter()
                .any(|p| p.contains(&format!("lacks the field {field:?}"))),
            "{field:?}: {found:?}"
        );
    }
    let found = problems_after(|p| {
        let e = item_mut(p, "B4.1").exception.as_mut().expect("has one");
        e.functions[0].value = "no_such_option".into();
    });
    assert!(
        found.iter().any(|p| p.contains("is not an option")),
        "{found:?}"
    );
    let found = problems_after(|p| {
        item_mut(p, "C7.1")
            .exception
            .as_mut()
            .expect("has one")
            .functions
            .clear()
    });
    assert!(
        found.iter().any(|p| p.contains("no restricted function")),
        "{found:?}"
    );
}

#[test]
fn every_parameter_cites_a_basis_or_says_there_is_no_national_figure() {
    let pack = embedded().expect("parses");
    assert!(pack.parameters.iter().any(|p| p.national));
    let found = problems_after(|p| {
        let stale = p.parameters.iter_mut().find(|x| x.national).expect("one");
        stale.basis.clear();
    });
    assert!(
        found.iter().any(|p| p.contains("needs a basis")),
        "{found:?}"
    );
    let found = problems_after(|p| {
        let tool = p.parameters.iter_mut().find(|x| !x.national).expect("one");
        tool.note = "本工具建议值".into();
    });
    assert!(
        found.iter().any(|p| p.contains("无全国统一数值")),
        "{found:?}"
    );
}

#[test]
fn every_date_rule_reads_a_date_answer_and_every_date_prefill_a_date_field() {
    // The date source of an `older_than_days` rule is the item's own date answer (typed or
    // prefilled from the inventory) measured from the assessment date.
    let found = problems_after(|p| {
        let b53 = item_mut(p, "B5.3");
        b53.answer = fingertip_core::pack::AnswerKind::YesNo;
    });
    assert!(
        found
            .iter()
            .any(|p| p.contains("B5.3") && p.contains("older_than_days needs a date answer")),
        "{found:?}"
    );
    let found = problems_after(|p| {
        item_mut(p, "C6.6").answer = fingertip_core::pack::AnswerKind::YesNo;
    });
    assert!(
        found
            .iter()
            .any(|p| p.contains("C6.6") && p.contains("prefill")),
        "{found:?}"
    );
}
