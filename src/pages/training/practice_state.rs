//! The state of one practice round: the case shown, the learner's picks, the answers given so far,
//! and where keyboard focus must go next. The page keeps its [`RoundRecord`] between visits.
//! Grading and scoring are core's; this only sequences them.

use std::rc::Rc;

use fingertip_core::training::{grade, Case, CaseAnswer, CaseResult, Deck, RoundRecord};
use yew::prelude::*;

/// Where focus goes after a change: the case heading, the feedback or the score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FocusTarget {
    /// The heading of the case shown.
    Case,
    /// The feedback heading.
    Feedback,
    /// The score heading.
    Score,
}

/// A learner's action.
#[derive(Clone, Debug, PartialEq)]
pub enum PracticeAction {
    /// Chose an article.
    Article(String),
    /// Made a red-line call.
    RedLine(bool),
    /// Pressed 提交.
    Submit,
    /// Pressed 下一题 (or 查看得分 on the last case).
    Next,
    /// Ended the round early to see the score.
    Finish,
    /// Pressed 再练一次.
    Restart,
}

/// One practice round.
#[derive(Clone, Debug, PartialEq)]
pub struct Practice {
    /// The cases of the round (the trainer's pick), in order.
    pub cases: Rc<[&'static Case]>,
    /// Which case is shown.
    pub deck: Deck,
    /// The learner's current answer.
    pub answer: CaseAnswer,
    /// The graded result once submitted.
    pub result: Option<CaseResult>,
    /// Submit was pressed with something unanswered.
    pub incomplete: bool,
    /// Every submitted answer, by case id.
    pub answers: Vec<(String, CaseAnswer)>,
    /// The round is over: the score shows.
    pub finished: bool,
    /// Where focus should go, and a counter that changes with every request.
    pub focus: Option<(FocusTarget, u32)>,
}

impl Practice {
    /// A fresh round over `cases`.
    pub fn new(cases: Rc<[&'static Case]>) -> Self {
        Practice {
            deck: Deck::new(cases.len()),
            cases,
            answer: CaseAnswer::default(),
            result: None,
            incomplete: false,
            answers: Vec::new(),
            finished: false,
            focus: None,
        }
    }

    /// A round over `cases` resumed from `record` (already fitted to `cases`).
    pub fn resume(cases: Rc<[&'static Case]>, record: RoundRecord) -> Self {
        Practice {
            deck: Deck::at(cases.len(), record.index),
            answers: record.answers,
            finished: record.finished,
            ..Practice::new(cases)
        }
    }

    /// What is kept between visits.
    pub fn record(&self) -> RoundRecord {
        RoundRecord {
            index: self.deck.index(),
            answers: self.answers.clone(),
            finished: self.finished,
        }
    }

    /// The case shown.
    pub fn case(&self) -> Option<&'static Case> {
        self.cases.get(self.deck.index()).copied()
    }

    /// Whether the case shown is the last one.
    pub fn is_last(&self) -> bool {
        self.deck.is_last()
    }

    fn focus_on(&mut self, target: FocusTarget) {
        let serial = self.focus.map_or(1, |(_, n)| n.wrapping_add(1));
        self.focus = Some((target, serial));
    }
}

impl Reducible for Practice {
    type Action = PracticeAction;

    fn reduce(self: Rc<Self>, action: PracticeAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            PracticeAction::Article(_) | PracticeAction::RedLine(_) if self.result.is_some() => {
                return self;
            }
            PracticeAction::Article(a) => next.answer.article = Some(a),
            PracticeAction::RedLine(r) => next.answer.red_line = Some(r),
            PracticeAction::Submit => {
                let Some(case) = self.case().filter(|_| self.result.is_none()) else {
                    return self;
                };
                let result = grade(case, &self.answer);
                if !result.complete {
                    next.incomplete = true;
                    return Rc::new(next);
                }
                next.answers.push((case.id.clone(), self.answer.clone()));
                next.result = Some(result);
                next.focus_on(FocusTarget::Feedback);
            }
            PracticeAction::Next if self.is_last() => return self.reduce(PracticeAction::Finish),
            PracticeAction::Next => {
                next.deck.next();
                next.answer = CaseAnswer::default();
                next.result = None;
                next.incomplete = false;
                next.focus_on(FocusTarget::Case);
            }
            PracticeAction::Finish => {
                next.finished = true;
                next.focus_on(FocusTarget::Score);
            }
            PracticeAction::Restart => {
                let mut fresh = Practice::new(self.cases.clone());
                fresh.focus = next.focus;
                fresh.focus_on(FocusTarget::Case);
                return Rc::new(fresh);
            }
        }
        Rc::new(next)
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::*;
    use fingertip_core::training::embedded_training;
    use wasm_bindgen_test::*;

    fn round() -> Rc<Practice> {
        let cases: Rc<[&'static Case]> =
            embedded_training().map_or(Rc::from([]), |t| t.cases[..2].iter().collect());
        Rc::new(Practice::new(cases))
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

    #[wasm_bindgen_test]
    fn an_incomplete_answer_is_not_submitted() {
        let p = round()
            .reduce(PracticeAction::RedLine(true))
            .reduce(PracticeAction::Submit);
        assert!(p.incomplete);
        assert!(p.result.is_none() && p.answers.is_empty() && p.focus.is_none());
    }

    #[wasm_bindgen_test]
    fn submit_grades_locks_and_moves_focus_then_next_resets() {
        let start = round();
        let p = right(&start).into_iter().fold(start, |p, a| p.reduce(a));
        assert_eq!(p.result.map(|r| r.points()), Some(2));
        assert_eq!(p.answers.len(), 1);
        assert!(matches!(p.focus, Some((FocusTarget::Feedback, _))));
        let locked = p.clone().reduce(PracticeAction::RedLine(false));
        assert!(Rc::ptr_eq(&p, &locked));
        let p = p.reduce(PracticeAction::Next);
        assert_eq!(p.deck.index(), 1);
        assert!(p.result.is_none() && p.answer == CaseAnswer::default());
        assert!(matches!(p.focus, Some((FocusTarget::Case, _))));
    }

    #[wasm_bindgen_test]
    fn next_on_the_last_case_finishes_and_restart_starts_over() {
        let mut p = round();
        for _ in 0..2 {
            p = right(&p).into_iter().fold(p, |p, a| p.reduce(a));
            p = p.reduce(PracticeAction::Next);
        }
        assert!(p.finished);
        assert!(matches!(p.focus, Some((FocusTarget::Score, _))));
        let p = p.reduce(PracticeAction::Restart);
        assert!(!p.finished && p.answers.is_empty() && p.deck.index() == 0);
        assert!(matches!(p.focus, Some((FocusTarget::Case, _))));
    }
}
