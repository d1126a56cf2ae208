//! From DOM events and field edits to typed callbacks: the one place that casts event targets.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::hooks::AppHandle;
use fingertip_core::edit::{AssetField, Edit};
use fingertip_core::model::AssetId;

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

/// A callback that sends one field of asset `id` as an intent ([`Edit::AssetField`]): core
/// applies it to the asset as it is now, never to a copy from the last render.
pub fn asset_field<F, T>(id: &str, on_edit: &Callback<Edit>, wrap: fn(T) -> F) -> Callback<T>
where
    F: Into<AssetField> + 'static,
    T: 'static,
{
    let id = AssetId::from(id);
    on_edit.reform(move |value| Edit::AssetField {
        id: id.clone(),
        field: wrap(value).into(),
    })
}

/// A callback that wraps its argument into an [`Edit`] and applies it to the open draft.
pub fn dispatch<A: 'static>(app: &AppHandle, wrap: fn(A) -> Edit) -> Callback<A> {
    let app = app.clone();
    Callback::from(move |value| app.edit(wrap(value)))
}
