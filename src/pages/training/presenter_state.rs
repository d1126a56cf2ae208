//! Presenter mode's state — which case is on screen and whether its answer is revealed — and
//! the keys (keyboard or presentation clicker) that drive it.

use std::rc::Rc;

use fingertip_core::training::Deck;
use yew::prelude::*;

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

impl Reducible for Presenter {
    type Action = Command;

    fn reduce(self: Rc<Self>, command: Command) -> Rc<Self> {
        let mut next = (*self).clone();
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
            Command::Reveal | Command::Leave => return self,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::*;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    fn run(n: usize, commands: &[Command]) -> Rc<Presenter> {
        commands
            .iter()
            .fold(Rc::new(Presenter::new(n)), |s, c| s.reduce(*c))
    }

    #[wasm_bindgen_test]
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

    #[wasm_bindgen_test]
    fn forward_reveals_first_then_moves_on() {
        let s = run(3, &[Command::Forward]);
        assert_eq!((s.deck.index(), s.revealed), (0, true));
        let s = run(3, &[Command::Forward, Command::Forward]);
        assert_eq!((s.deck.index(), s.revealed), (1, false));
        let s = run(3, &[Command::Next, Command::Next, Command::Next]);
        assert_eq!((s.deck.index(), s.revealed), (2, false));
    }

    #[wasm_bindgen_test]
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
    }
}
