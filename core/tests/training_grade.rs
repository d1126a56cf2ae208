//! Grading, scoring and deck navigation of training mode: pure functions, checked on small
//! hand-made cases and on the embedded content.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use fingertip_core::pack::{BasisRef, Confidence};
use fingertip_core::training::{
    embedded_training, grade, score, Case, CaseAnswer, CaseResult, Deck, Score, POINTS_PER_CASE,
};

fn case(id: &str, article: &str, red_line: bool) -> Case {
    Case {
        id: id.into(),
        title: "标题".into(),
        scenario: "情景".into(),
        category: "强制下载使用".into(),
        article: article.into(),
        choices: vec![article.into(), "4".into(), "8".into()],
        red_line,
        explanation: "解析".into(),
        items: vec!["C6.2".into()],
        basis: vec![BasisRef {
            document: "opinion".into(),
            clause: "第6条".into(),
            confidence: Confidence::Original,
            kinds: Vec::new(),
        }],
    }
}

fn answer(article: Option<&str>, red_line: Option<bool>) -> CaseAnswer {
    CaseAnswer {
        article: article.map(String::from),
        red_line,
    }
}

#[test]
fn both_parts_right() {
    let r = grade(&case("T01", "6", true), &answer(Some("6"), Some(true)));
    assert_eq!(
        r,
        CaseResult {
            article_correct: true,
            red_line_correct: true,
            complete: true
        }
    );
    assert_eq!(r.points(), 2);
    assert!(r.all_correct());
}

#[test]
fn both_parts_wrong() {
    let r = grade(&case("T01", "6", true), &answer(Some("4"), Some(false)));
    assert!(!r.article_correct && !r.red_line_correct && r.complete);
    assert_eq!(r.points(), 0);
    assert!(!r.all_correct());
}

#[test]
fn one_part_right() {
    let c = case("T05", "4", false);
    let article_only = grade(&c, &answer(Some("4"), Some(true)));
    assert!(article_only.article_correct && !article_only.red_line_correct);
    assert_eq!(article_only.points(), 1);
    let red_only = grade(&c, &answer(Some("6"), Some(false)));
    assert!(!red_only.article_correct && red_only.red_line_correct);
    assert_eq!(red_only.points(), 1);
}

#[test]
fn a_missing_part_is_never_right() {
    // A "not a red line" case must not be scored right when the call was simply not made.
    let c = case("T05", "4", false);
    let partial = grade(&c, &answer(Some("4"), None));
    assert!(partial.article_correct && !partial.red_line_correct && !partial.complete);
    let none = grade(&c, &CaseAnswer::default());
    assert_eq!(none, CaseResult::default());
    assert_eq!(none.points(), 0);
    assert!(CaseAnswer::default().is_empty());
    assert!(!answer(None, Some(false)).is_empty());
    assert!(!answer(None, Some(false)).is_complete());
}

#[test]
fn score_sums_over_cases() {
    let cases = vec![
        case("T01", "6", true),
        case("T02", "7", true),
        case("T03", "4", false),
        case("T04", "9", false),
    ];
    let answers = vec![
        ("T01".to_string(), answer(Some("6"), Some(true))), // 2
        ("T02".to_string(), answer(Some("8"), Some(true))), // 1
        ("T03".to_string(), answer(None, Some(true))),      // 0, answered
        ("T99".to_string(), answer(Some("1"), Some(true))), // not in the round
    ];
    let s = score(&cases, &answers);
    assert_eq!(
        s,
        Score {
            cases: 4,
            answered: 3,
            articles_right: 1,
            red_lines_right: 2,
            points: 3,
            max_points: 8,
        }
    );
    assert_eq!(s.percent(), 37);
}

#[test]
fn score_uses_the_last_answer_and_ignores_empty_ones() {
    let cases = vec![case("T01", "6", true), case("T02", "7", false)];
    let answers = vec![
        ("T01".to_string(), answer(Some("4"), Some(false))),
        ("T01".to_string(), answer(Some("6"), Some(true))),
        ("T02".to_string(), CaseAnswer::default()),
    ];
    let s = score(&cases, &answers);
    assert_eq!(s.answered, 1);
    assert_eq!(s.points, 2);
    assert_eq!(s.max_points, 4);
}

#[test]
fn empty_round_scores_zero() {
    let s = score::<Case>(&[], &[]);
    assert_eq!(s, Score::default());
    assert_eq!(s.percent(), 0);
}

#[test]
fn perfect_and_unanswered_rounds_on_the_embedded_cases() {
    let cases = &embedded_training().expect("parses").cases;
    let perfect: Vec<(String, CaseAnswer)> = cases
        .iter()
        .map(|c| (c.id.clone(), answer(Some(&c.article), Some(c.red_line))))
        .collect();
    let s = score(cases, &perfect);
    assert_eq!(s.points, s.max_points);
    assert_eq!(s.max_points, cases.len() * POINTS_PER_CASE);
    assert_eq!((s.answered, s.articles_right), (cases.len(), cases.len()));
    assert_eq!(s.percent(), 100);
    let blank = score(cases, &[]);
    assert_eq!((blank.answered, blank.points), (0, 0));
    // Always answering "not a red line" with the first choice never reaches full marks.
    let lazy: Vec<(String, CaseAnswer)> = cases
        .iter()
        .map(|c| (c.id.clone(), answer(Some(&c.choices[0]), Some(false))))
        .collect();
    assert!(score(cases, &lazy).points < s.max_points);
}

#[test]
fn deck_moves_within_bounds() {
    let mut d = Deck::new(3);
    assert_eq!((d.len(), d.index(), d.current()), (3, 0, Some(0)));
    assert!(d.is_first() && !d.is_last());
    assert!(!d.prev(), "no card before the first");
    assert_eq!(d.index(), 0);
    assert!(d.next());
    assert!(d.next());
    assert_eq!(d.position(), (3, 3));
    assert!(d.is_last());
    assert!(!d.next(), "no card after the last");
    assert_eq!(d.index(), 2);
    assert!(d.prev());
    assert_eq!(d.index(), 1);
}

#[test]
fn deck_jumps_are_clamped() {
    let mut d = Deck::new(5);
    assert!(d.go(3));
    assert_eq!(d.index(), 3);
    assert!(!d.go(3), "same position is no move");
    assert!(d.go(99));
    assert_eq!(d.index(), 4);
    assert_eq!(Deck::at(5, 2).index(), 2);
    assert_eq!(Deck::at(5, 50).index(), 4);
}

#[test]
fn empty_and_single_decks() {
    let mut empty = Deck::new(0);
    assert!(empty.is_empty());
    assert_eq!(
        (empty.index(), empty.current(), empty.position()),
        (0, None, (0, 0))
    );
    assert!(empty.is_first() && empty.is_last());
    assert!(!empty.next() && !empty.prev() && !empty.go(3));
    assert_eq!(empty, Deck::default());
    let mut one = Deck::new(1);
    assert!(one.is_first() && one.is_last());
    assert!(!one.next() && !one.prev());
    assert_eq!(one.position(), (1, 1));
}

#[test]
fn deck_walks_every_embedded_case_once() {
    let t = embedded_training().expect("parses");
    let mut d = Deck::new(t.cases.len());
    let mut seen = vec![t.cases[d.index()].id.clone()];
    while d.next() {
        seen.push(t.cases[d.index()].id.clone());
    }
    let all: Vec<String> = t.cases.iter().map(|c| c.id.clone()).collect();
    assert_eq!(seen, all);
    while d.prev() {}
    assert_eq!(d.index(), 0);
}

#[test]
fn a_stored_round_is_fitted_to_the_cases_it_meets() {
    use fingertip_core::training::{embedded_training, CaseAnswer, RoundRecord};
    let cases = &embedded_training().expect("training set").cases;
    let answer = CaseAnswer {
        article: Some(cases[0].article.clone()),
        red_line: Some(cases[0].red_line),
    };
    let stored = RoundRecord {
        index: 10_000,
        answers: vec![
            (cases[0].id.clone(), answer.clone()),
            ("no-such-case".into(), answer),
        ],
        finished: true,
    };
    let text = serde_json::to_string(&stored).expect("serialises");
    let back = RoundRecord::from_json(&text, cases);
    assert_eq!(back.index, cases.len() - 1);
    assert_eq!(
        back.answers.len(),
        1,
        "answers to unknown cases are dropped"
    );
    assert!(back.finished);
    assert_eq!(
        RoundRecord::from_json("{not json", cases),
        RoundRecord::default()
    );
    let only_unknown = RoundRecord {
        answers: vec![("x".into(), CaseAnswer::default())],
        finished: true,
        index: 0,
    };
    assert!(
        !only_unknown.fitted(cases).finished,
        "no answers left: no score to show"
    );
}
