//! A core state machine ([`StateMachine`]) as a Yew reducer: the page dispatches actions, core
//! decides, and an unchanged state keeps its `Rc` so Yew skips the render.

use std::ops::Deref;
use std::rc::Rc;

use fingertip_core::training::StateMachine;
use yew::prelude::*;

/// The state of a page, driven by core's [`StateMachine::step`].
#[derive(Clone, Debug, PartialEq)]
pub struct Machine<S>(pub S);

impl<S: StateMachine + Clone> Reducible for Machine<S> {
    type Action = S::Action;

    fn reduce(self: Rc<Self>, action: S::Action) -> Rc<Self> {
        match self.0.step(action) {
            Some(next) => Rc::new(Machine(next)),
            None => self,
        }
    }
}

impl<S> Deref for Machine<S> {
    type Target = S;

    fn deref(&self) -> &S {
        &self.0
    }
}
