//! The embedded training content parses and is consistent with the embedded pack; the consistency
//! check catches broken content. (Red-line calls are checked through the engine in training_red_lines.rs.)
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use std::collections::HashSet;

use fingertip_core::pack::{embedded, Pack, Severity};
use fingertip_core::training::{
    check_training, embedded_training, parse_training, Training, EMBEDDED_TRAINING_JSON, MIN_CASES,
    REQUIRED_CATEGORIES,
};

fn pack() -> &'static Pack {
    embedded().expect("embedded pack parses")
}

fn training() -> &'static Training {
    embedded_training().expect("embedded training parses")
}

#[test]
fn embedded_training_parses() {
    let parsed = parse_training(EMBEDDED_TRAINING_JSON);
    assert!(parsed.is_ok(), "{parsed:?}");
    assert!(embedded_training().is_some());
}

#[test]
fn embedded_training_is_consistent() {
    let problems = check_training(pack(), training());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn one_guide_per_pack_article_in_pack_order() {
    let articles: Vec<&str> = pack().articles.iter().map(|a| a.id.as_str()).collect();
    let guides: Vec<&str> = training()
        .guides
        .iter()
        .map(|g| g.article.as_str())
        .collect();
    assert_eq!(guides, articles);
    assert_eq!(guides.len(), 17);
}

#[test]
fn guides_say_when_the_article_text_is_missing() {
    // The digest has no text for G2 and 11, and only fragments for 7–14: the guides must say so.
    for article in ["G2", "7", "8", "10", "11", "12", "13", "14"] {
        let g = training().guide(article).expect("guide");
        let says = ["没有查到", "没有检索到", "未能查到", "未见", "截断"]
            .iter()
            .any(|w| g.explanation.contains(w));
        assert!(says, "guide {article} should say the text is not available");
    }
}

#[test]
fn every_case_references_existing_articles_and_items() {
    let pack = pack();
    for case in &training().cases {
        assert!(pack.article(&case.article).is_some(), "{}", case.id);
        assert!(case.choices.contains(&case.article), "{}", case.id);
        for c in &case.choices {
            assert!(pack.article(c).is_some(), "{}: choice {c}", case.id);
        }
        assert!(!case.items.is_empty(), "{}", case.id);
        for i in &case.items {
            assert!(pack.item(i).is_some(), "{}: item {i}", case.id);
        }
        for b in &case.basis {
            assert!(pack.document(&b.document).is_some(), "{}", case.id);
        }
    }
}

#[test]
fn every_article_has_a_case_and_every_category_is_covered() {
    let t = training();
    for a in &pack().articles {
        assert!(
            t.cases_of_article(&a.id).next().is_some(),
            "article {} has no case",
            a.id
        );
    }
    let used: HashSet<&str> = t.categories().into_iter().collect();
    for c in REQUIRED_CATEGORIES {
        assert!(used.contains(c), "category {c} has no case");
    }
    assert!(t.cases.len() >= MIN_CASES);
}

#[test]
fn case_ids_are_sequential() {
    for (n, case) in training().cases.iter().enumerate() {
        assert_eq!(case.id, format!("T{:02}", n + 1));
        assert_eq!(training().case_index(&case.id), Some(n));
    }
}

#[test]
fn both_red_lines_and_advisories_are_practised() {
    let cases = &training().cases;
    let red = cases.iter().filter(|c| c.red_line).count();
    assert!(red >= cases.len() / 3, "{red} red lines");
    assert!(cases.len() - red >= 8, "too few non-red-line cases");
}

#[test]
fn a_red_line_case_cites_an_item_with_a_red_line_rule() {
    let pack = pack();
    for case in training().cases.iter().filter(|c| c.red_line) {
        let can_be_red = case.items.iter().any(|i| {
            pack.item(i)
                .expect("item exists")
                .rules
                .iter()
                .any(|r| r.then == Severity::RedLine)
        });
        assert!(
            can_be_red,
            "{} is a red line but no item can say so",
            case.id
        );
    }
}

#[test]
fn check_catches_broken_content() {
    let pack = pack();
    let mut t = training().clone();
    t.guides.retain(|g| g.article != "11");
    t.cases[0].choices = vec!["4".into(), "8".into(), "99".into()];
    t.cases[1].items.push("Z9.9".into());
    t.cases[2].basis[0].document = "nowhere".into();
    t.cases[3].id = t.cases[4].id.clone();
    // T19 cites only B5.2, an advisory-only item: it cannot be a red line.
    let t19 = t.case_index("T19").expect("T19");
    t.cases[t19].red_line = true;
    t.cases.retain(|c| c.category != "群内涉密");
    let problems = check_training(pack, &t);
    let has = |needle: &str| problems.iter().any(|p| p.contains(needle));
    assert!(has("article 11 has no guide"), "{problems:#?}");
    assert!(has("T01: choices do not include the article 6"));
    assert!(has("T01: choice names unknown article 99"));
    assert!(has("T02: unknown item Z9.9"));
    assert!(has("T03: basis names unknown document nowhere"));
    assert!(has("case id T05 used twice"));
    assert!(has("T19: called a red line"));
    assert!(has("category 群内涉密 has no case"));
    assert!(has("article 11 has no case"));
    t.cases.truncate(5);
    assert!(check_training(pack, &t)
        .iter()
        .any(|p| p.contains("only 5 cases")));
}
