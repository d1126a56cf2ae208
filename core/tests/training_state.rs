//! The practice-round and presenter state machines (moved from the web app's wasm tests): an
//! incomplete answer is not submitted, submit grades, locks and moves focus, next resets, the last
//! case finishes, restart starts over; presenter keys, forward reveals first, back and the ends.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use std::rc::Rc;

use fingertip_core::training::{
    embedded_training, Case, CaseAnswer, Command, FocusTarget, Practice, PracticeAction, Presenter,
    StateMachine,
};

fn round() -> Practice {
    let cases: Rc<[&'static Case]> =
        embedded_training().map_or(Rc::from([]), |t| t.cases[..2].iter().collect());
    Practice::new(cases)
}

fn right(p: &Practice) -> [PracticeAction; 3] {
    let case = p
        .case()
        .map_or((String::new(), false), |c| (c.article.clone(), c.red_line));
    [
        PracticeAction::Article(case.0),
        PracticeAction::RedLine(case.1),
        PracticeAction::Submit,
    ]
}

#[test]
fn an_incomplete_answer_is_not_submitted() {
    let p = round()
        .then(PracticeAction::RedLine(true))
        .then(PracticeAction::Submit);
    assert!(p.incomplete);
    assert!(p.result.is_none() && p.answers.is_empty() && p.focus.is_none());
}

#[test]
fn submit_grades_locks_and_moves_focus_then_next_resets() {
    let start = round();
    let p = right(&start).into_iter().fold(start, |p, a| p.then(a));
    assert_eq!(p.result.map(|r| r.points()), Some(2));
    assert_eq!(p.answers.len(), 1);
    assert!(matches!(p.focus, Some((FocusTarget::Feedback, _))));
    // Locked: a pick after submitting changes nothing (the page skips the render).
    assert!(p.step(PracticeAction::RedLine(false)).is_none());
    let p = p.then(PracticeAction::Next);
    assert_eq!(p.deck.index(), 1);
    assert!(p.result.is_none() && p.answer == CaseAnswer::default());
    assert!(matches!(p.focus, Some((FocusTarget::Case, _))));
}

#[test]
fn next_on_the_last_case_finishes_and_restart_starts_over() {
    let mut p = round();
    for _ in 0..2 {
        p = right(&p).into_iter().fold(p, |p, a| p.then(a));
        p = p.then(PracticeAction::Next);
    }
    assert!(p.finished);
    assert!(matches!(p.focus, Some((FocusTarget::Score, _))));
    let p = p.then(PracticeAction::Restart);
    assert!(!p.finished && p.answers.is_empty() && p.deck.index() == 0);
    assert!(matches!(p.focus, Some((FocusTarget::Case, _))));
}

fn run(n: usize, commands: &[Command]) -> Presenter {
    commands.iter().fold(Presenter::new(n), |s, c| s.then(*c))
}

#[test]
fn keys_of_keyboard_and_clicker() {
    for key in ["ArrowRight", "PageDown", " "] {
        assert_eq!(Command::of_key(key), Some(Command::Forward), "{key}");
    }
    for key in ["ArrowLeft", "PageUp"] {
        assert_eq!(Command::of_key(key), Some(Command::Back), "{key}");
    }
    for key in ["r", "R", "Enter"] {
        assert_eq!(Command::of_key(key), Some(Command::Reveal), "{key}");
    }
    assert_eq!(Command::of_key("Escape"), Some(Command::Leave));
    assert_eq!(Command::of_key("a"), None);
}

#[test]
fn forward_reveals_first_then_moves_on() {
    let s = run(3, &[Command::Forward]);
    assert_eq!((s.deck.index(), s.revealed), (0, true));
    let s = run(3, &[Command::Forward, Command::Forward]);
    assert_eq!((s.deck.index(), s.revealed), (1, false));
    let s = run(3, &[Command::Next, Command::Next, Command::Next]);
    assert_eq!((s.deck.index(), s.revealed), (2, false));
}

#[test]
fn back_shows_the_previous_case_unrevealed_and_ends_stay_put() {
    let s = run(
        3,
        &[
            Command::Forward,
            Command::Forward,
            Command::Reveal,
            Command::Back,
        ],
    );
    assert_eq!((s.deck.index(), s.revealed), (0, false));
    let s = run(2, &[Command::Reveal, Command::Back]);
    assert_eq!((s.deck.index(), s.revealed), (0, true));
    let s = run(1, &[Command::Forward, Command::Forward]);
    assert_eq!((s.deck.index(), s.revealed), (0, true));
    // Leave is the page's to act on; the state does not change.
    assert!(Presenter::new(2).step(Command::Leave).is_none());
}
