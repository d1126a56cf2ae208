//! From DOM events and field edits to typed callbacks: the one place that casts event targets.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::hooks::AppHandle;
use fingertip_core::edit::Edit;

/// The current value of the input, select or textarea an event came from.
pub fn value_of(e: &Event) -> Option<String> {
    let target = e.target()?;
    if let Some(el) = target.dyn_ref::<HtmlInputElement>() {
        return Some(el.value());
    }
    if let Some(el) = target.dyn_ref::<HtmlSelectElement>() {
        return Some(el.value());
    }
    target
        .dyn_ref::<HtmlTextAreaElement>()
        .map(HtmlTextAreaElement::value)
}

/// Whether the checkbox an event came from is now checked.
pub fn checked_of(e: &Event) -> Option<bool> {
    e.target()?
        .dyn_ref::<HtmlInputElement>()
        .map(HtmlInputElement::checked)
}

/// An event listener that reads the event with `read` and, if that yields a value, passes it on.
pub fn on_event<E, T>(
    on_change: &Callback<T>,
    read: impl Fn(&Event) -> Option<T> + 'static,
) -> Callback<E>
where
    E: AsRef<Event> + 'static,
    T: 'static,
{
    let on_change = on_change.clone();
    Callback::from(move |e: E| {
        if let Some(value) = read(e.as_ref()) {
            on_change.emit(value);
        }
    })
}

/// A callback that applies `set` to a copy of `item` and hands the changed copy to `on_change`.
/// Replaces one hand-written closure per field.
pub fn update<A, T>(item: &A, on_change: &Callback<A>, set: fn(&mut A, T)) -> Callback<T>
where
    A: Clone + 'static,
    T: 'static,
{
    let (item, on_change) = (item.clone(), on_change.clone());
    Callback::from(move |value| {
        let mut next = item.clone();
        set(&mut next, value);
        on_change.emit(next);
    })
}

/// A callback that wraps its argument into an [`Edit`] and applies it to the open draft.
pub fn dispatch<A: 'static>(app: &AppHandle, wrap: fn(A) -> Edit) -> Callback<A> {
    let app = app.clone();
    Callback::from(move |value| app.edit(wrap(value)))
}
