//! "可提供的佐证材料": which of the item's evidence the unit can show, as a checkbox group.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`EvidenceField`].
#[derive(Properties, PartialEq)]
pub struct EvidenceFieldProps {
    /// Id prefix; unique on the page.
    pub id_prefix: AttrValue,
    /// The item's evidence list.
    pub labels: Rc<Vec<String>>,
    /// Indexes into `labels` the unit ticked.
    pub selected: Vec<usize>,
    /// Called with the new indexes, ascending.
    pub on_change: Callback<Vec<usize>>,
}

/// The evidence checkboxes; nothing when the item lists no evidence.
#[component]
pub fn EvidenceField(props: &EvidenceFieldProps) -> Html {
    if props.labels.is_empty() {
        return Html::default();
    }
    html! {
        <fieldset class="evidence">
            <legend>{ "可提供的佐证材料" }</legend>
            <div class="options">
                { for props.labels.iter().enumerate().map(|(i, label)| {
                    let id = format!("{}-ev{i}", props.id_prefix);
                    let checked = props.selected.contains(&i);
                    let (selected, on_change) = (props.selected.clone(), props.on_change.clone());
                    let onchange = Callback::from(move |e: Event| {
                        let on = e.target_dyn_into::<HtmlInputElement>().map_or(!checked, |b| b.checked());
                        let mut next: Vec<usize> = selected.iter().copied().filter(|&j| j != i).collect();
                        if on {
                            next.push(i);
                            next.sort_unstable();
                        }
                        on_change.emit(next);
                    });
                    html! {
                        <span class="option">
                            <input type="checkbox" id={id.clone()} {checked} {onchange} />
                            <label for={id}>{ label.clone() }</label>
                        </span>
                    }
                }) }
            </div>
        </fieldset>
    }
}
