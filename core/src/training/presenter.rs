//! Presenter mode's state machine — which case is on screen and whether its answer is revealed —
//! and the keys (keyboard or presentation clicker) that drive it. The page only dispatches
//! [`Command`]s.

use super::{Deck, StateMachine};

/// What a key or button asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Reveal the answer, or when revealed go to the next case.
    Forward,
    /// Go to the next case, revealed or not (the 下一题 button).
    Next,
    /// Go to the previous case.
    Back,
    /// Reveal the answer.
    Reveal,
    /// Leave presenter mode.
    Leave,
}

impl Command {
    /// The command of a `KeyboardEvent.key` value: →, PageDown and Space go forward (a
    /// clicker sends PageDown and PageUp), ←, PageUp back, R or Enter reveal, Escape leaves.
    pub fn of_key(key: &str) -> Option<Command> {
        match key {
            "ArrowRight" | "PageDown" | " " | "Spacebar" => Some(Command::Forward),
            "ArrowLeft" | "PageUp" => Some(Command::Back),
            "r" | "R" | "Enter" => Some(Command::Reveal),
            "Escape" | "Esc" => Some(Command::Leave),
            _ => None,
        }
    }
}

/// The slide shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Presenter {
    /// Which case.
    pub deck: Deck,
    /// Whether its answer is shown.
    pub revealed: bool,
}

impl Presenter {
    /// The first of `n` cases, unrevealed.
    pub fn new(n: usize) -> Self {
        Presenter {
            deck: Deck::new(n),
            revealed: false,
        }
    }
}

impl StateMachine for Presenter {
    type Action = Command;

    fn step(&self, command: Command) -> Option<Presenter> {
        let mut next = self.clone();
        match command {
            Command::Reveal | Command::Forward if !self.revealed => next.revealed = true,
            Command::Forward | Command::Next => {
                let moved = next.deck.next();
                next.revealed = self.revealed && !moved;
            }
            Command::Back => {
                let moved = next.deck.prev();
                next.revealed = self.revealed && !moved;
            }
            Command::Reveal | Command::Leave => return None,
        }
        (next != *self).then_some(next)
    }
}
