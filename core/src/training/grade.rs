//! Grading practice answers: one point for naming the article that applies, one for the red-line
//! call. Also [`Deck`], the position in a sequence of cases that practice and presenter mode share.
//! Everything here is pure: no clock, no randomness, no storage.

use serde::{Deserialize, Serialize};

use super::model::Case;

/// What a trainee answered for one case; either part may still be open.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseAnswer {
    /// The pack article id chosen, if any.
    #[serde(default)]
    pub article: Option<String>,
    /// The red-line call (`true` = 红线, `false` = 不是红线), if made.
    #[serde(default)]
    pub red_line: Option<bool>,
}

impl CaseAnswer {
    /// Both parts answered.
    pub fn is_complete(&self) -> bool {
        self.article.is_some() && self.red_line.is_some()
    }

    /// Neither part answered.
    pub fn is_empty(&self) -> bool {
        self.article.is_none() && self.red_line.is_none()
    }
}

/// The grading of one answer. An unanswered part is never correct.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseResult {
    /// The chosen article is the case's article.
    pub article_correct: bool,
    /// The red-line call matches the case.
    pub red_line_correct: bool,
    /// Both parts were answered (so the feedback can be shown in full).
    pub complete: bool,
}

impl CaseResult {
    /// Points earned: one per correct part (0–2).
    pub fn points(&self) -> usize {
        usize::from(self.article_correct) + usize::from(self.red_line_correct)
    }

    /// Both parts answered and both right.
    pub fn all_correct(&self) -> bool {
        self.article_correct && self.red_line_correct
    }
}

/// Points available per case.
pub const POINTS_PER_CASE: usize = 2;

/// Grades `answer` against `case`.
pub fn grade(case: &Case, answer: &CaseAnswer) -> CaseResult {
    CaseResult {
        article_correct: answer.article.as_deref() == Some(case.article.as_str()),
        red_line_correct: answer.red_line == Some(case.red_line),
        complete: answer.is_complete(),
    }
}

/// The score of a round over a list of cases.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    /// Cases in the round.
    pub cases: usize,
    /// Cases with at least one part answered.
    pub answered: usize,
    /// Cases whose article was named correctly.
    pub articles_right: usize,
    /// Cases whose red-line call was right.
    pub red_lines_right: usize,
    /// Points earned: `articles_right + red_lines_right`.
    pub points: usize,
    /// Points available: two per case.
    pub max_points: usize,
}

impl Score {
    /// Points as a whole percentage of the maximum (rounded down); 0 for an empty round.
    pub fn percent(&self) -> usize {
        (self.points * 100)
            .checked_div(self.max_points)
            .unwrap_or(0)
    }
}

use std::borrow::Borrow;

/// Scores `answers` (case id → answer) over `cases`. Answers to ids not among `cases` are ignored;
/// when a case id appears twice, the last answer counts (as in a map being updated).
pub fn score<C: Borrow<Case>>(cases: &[C], answers: &[(String, CaseAnswer)]) -> Score {
    let mut s = Score {
        cases: cases.len(),
        max_points: cases.len() * POINTS_PER_CASE,
        ..Score::default()
    };
    for case in cases.iter().map(Borrow::borrow) {
        let Some((_, answer)) = answers.iter().rev().find(|(id, _)| *id == case.id) else {
            continue;
        };
        if !answer.is_empty() {
            s.answered += 1;
        }
        let r = grade(case, answer);
        s.articles_right += usize::from(r.article_correct);
        s.red_lines_right += usize::from(r.red_line_correct);
    }
    s.points = s.articles_right + s.red_lines_right;
    s
}

/// A position in a sequence of `len` cards (cases, or slides in presenter mode).
/// Moving never leaves the sequence: `next` on the last card and `prev` on the first stay put.
/// An empty deck has index 0 and no current card.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deck {
    len: usize,
    index: usize,
}

impl Deck {
    /// A deck of `len` cards at the first card.
    pub fn new(len: usize) -> Self {
        Deck { len, index: 0 }
    }

    /// A deck of `len` cards at `index`, clamped to the last card.
    pub fn at(len: usize, index: usize) -> Self {
        let mut d = Deck::new(len);
        d.go(index);
        d
    }

    /// Number of cards.
    pub fn len(&self) -> usize {
        self.len
    }

    /// No cards at all.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Index of the current card (0 for an empty deck).
    pub fn index(&self) -> usize {
        self.index
    }

    /// Index of the current card, `None` for an empty deck.
    pub fn current(&self) -> Option<usize> {
        (!self.is_empty()).then_some(self.index)
    }

    /// On the first card (or empty).
    pub fn is_first(&self) -> bool {
        self.index == 0
    }

    /// On the last card (or empty).
    pub fn is_last(&self) -> bool {
        self.index + 1 >= self.len
    }

    /// Moves to the next card; `false` (and no move) on the last card.
    // A two-way cursor, not an iterator: it yields nothing and `prev` undoes `next`.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> bool {
        if self.is_last() {
            return false;
        }
        self.index += 1;
        true
    }

    /// Moves to the previous card; `false` (and no move) on the first card.
    pub fn prev(&mut self) -> bool {
        if self.is_first() {
            return false;
        }
        self.index -= 1;
        true
    }

    /// Jumps to `index`, clamped to the last card; `true` if the position changed.
    pub fn go(&mut self, index: usize) -> bool {
        let target = index.min(self.len.saturating_sub(1));
        let moved = target != self.index;
        self.index = target;
        moved
    }

    /// Human position, 1-based: `(3, 40)` on the third of forty cards; `(0, 0)` when empty.
    pub fn position(&self) -> (usize, usize) {
        if self.is_empty() {
            (0, 0)
        } else {
            (self.index + 1, self.len)
        }
    }
}
