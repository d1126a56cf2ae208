//! An inline "are you sure?" step for a destructive button: asking, cancelled or idle, with focus
//! moved to 取消 when asking and back to the button when cancelled. The inventory's 删除 and the
//! training hub's 清除全部练习草稿 share it.

use yew::prelude::*;

use crate::platform::focus::focus_id;

/// Where the confirmation is; `Cancelled` differs from `Idle` only in where focus goes.
#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Idle,
    Asking,
    Cancelled,
}

/// The confirmation's state and its callbacks.
pub struct Confirm {
    /// Whether the question is showing.
    pub asking: bool,
    /// Shows the question.
    pub ask: Callback<()>,
    /// Hides it, focus back on the button.
    pub cancel: Callback<()>,
    /// Hides it after the action was done (focus is the caller's).
    pub done: Callback<()>,
}

/// A confirmation whose button has id `button_id` and whose 取消 has id `cancel_id`.
#[hook]
pub fn use_confirm(button_id: String, cancel_id: String) -> Confirm {
    let phase = use_state(|| Phase::Idle);
    use_effect_with(*phase, move |phase| match phase {
        Phase::Asking => drop(focus_id(&cancel_id)),
        Phase::Cancelled => drop(focus_id(&button_id)),
        Phase::Idle => {}
    });
    let go = |next: Phase| {
        let phase = phase.setter();
        Callback::from(move |()| phase.set(next))
    };
    let done = {
        let phase = phase.setter();
        Callback::from(move |()| phase.set(Phase::Idle))
    };
    Confirm {
        asking: *phase == Phase::Asking,
        ask: go(Phase::Asking),
        cancel: go(Phase::Cancelled),
        done,
    }
}
