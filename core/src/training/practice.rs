//! The state machine of one practice round: the case shown, the learner's picks, the answers
//! given so far, and where keyboard focus must go next. The page keeps its [`RoundRecord`]
//! between visits and only dispatches [`PracticeAction`]s; grading and scoring are
//! [`super::grade`]'s, this only sequences them.

use std::rc::Rc;

use super::{grade, Case, CaseAnswer, CaseResult, Deck, RoundRecord, StateMachine};

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

impl StateMachine for Practice {
    type Action = PracticeAction;

    fn step(&self, action: PracticeAction) -> Option<Practice> {
        let mut next = self.clone();
        match action {
            PracticeAction::Article(_) | PracticeAction::RedLine(_) if self.result.is_some() => {
                return None;
            }
            PracticeAction::Article(a) => next.answer.article = Some(a),
            PracticeAction::RedLine(r) => next.answer.red_line = Some(r),
            PracticeAction::Submit => {
                let case = self.case().filter(|_| self.result.is_none())?;
                let result = grade(case, &self.answer);
                if !result.complete {
                    next.incomplete = true;
                    return Some(next);
                }
                next.answers.push((case.id.clone(), self.answer.clone()));
                next.result = Some(result);
                next.focus_on(FocusTarget::Feedback);
            }
            PracticeAction::Next if self.is_last() => return self.step(PracticeAction::Finish),
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
                return Some(fresh);
            }
        }
        Some(next)
    }
}
