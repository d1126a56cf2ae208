//! A labelled select over one of the core's closed choices (level, type, form, status …).

use fingertip_core::model::{
    AppAudience, AppForm, AppRole, AppStatus, FilingStatus, GroupKind, Purpose, UnitLevel, UnitType,
};
use yew::prelude::*;

use super::input::{on_event, value_of};

/// A closed set of options with Chinese labels.
pub trait Choice: Copy + PartialEq + 'static {
    /// Every option, in display order.
    fn all() -> &'static [Self];
    /// Chinese label.
    fn text(self) -> &'static str;
}

macro_rules! choices {
    ($($t:ty),* $(,)?) => {$(
        impl Choice for $t {
            fn all() -> &'static [Self] {
                &<$t>::ALL
            }
            fn text(self) -> &'static str {
                <$t>::label(self)
            }
        }
    )*};
}

choices!(
    AppRole,
    UnitLevel,
    UnitType,
    Purpose,
    AppForm,
    AppAudience,
    AppStatus,
    FilingStatus,
    GroupKind
);

/// Props of [`EnumField`].
#[derive(Properties, PartialEq)]
pub struct EnumFieldProps<E: Choice> {
    /// Element id, unique on the page.
    pub id: AttrValue,
    /// Full label text.
    pub label: AttrValue,
    /// The selected option.
    pub value: E,
    /// Called with the newly chosen option.
    pub on_change: Callback<E>,
}

/// A labelled `<select>`; options are addressed by position so no string round-trip is needed.
#[component]
pub fn EnumField<E: Choice>(props: &EnumFieldProps<E>) -> Html {
    let onchange = on_event::<Event, _>(&props.on_change, |e| {
        let index: usize = value_of(e)?.parse().ok()?;
        E::all().get(index).copied()
    });
    html! {
        <div class="field">
            <label for={&props.id}>{ &props.label }</label>
            <select id={&props.id} {onchange}>
                { for E::all().iter().enumerate().map(|(i, option)| html! {
                    <option value={i.to_string()} selected={*option == props.value}>{ option.text() }</option>
                }) }
            </select>
        </div>
    }
}
