//! One inventory section: heading with count, the rows as a table, 添加 and batch add.

use fingertip_core::inventory_edit::AssetKind;
use yew::prelude::*;

use super::{heading_id, noun, BatchAdd};
use crate::platform::focus::focus_id;

/// A table of at least this many assets is not laid out or painted while it is off screen
/// (`.inv-table-scroll.long` in styles/forms.css; issue #20).
const LONG_TABLE: usize = 20;

/// Props of [`AssetSection`].
#[derive(Properties, PartialEq)]
pub struct AssetSectionProps {
    /// Which list this is.
    pub kind: AssetKind,
    /// How many assets it holds.
    pub count: usize,
    /// Id the next added asset will get, so its name field can be focused.
    pub next_id: AttrValue,
    /// Column headers in row order; an 操作 column is appended.
    pub columns: &'static [&'static str],
    /// Called with the names to add: one default name for 添加, many for a paste.
    pub on_add: Callback<Vec<String>>,
    /// The page controls when the table has more than one page (drawn under it).
    #[prop_or_default]
    pub pager: Html,
    /// The rows of the page shown (`<tr>` elements).
    #[prop_or_default]
    pub children: Html,
}

/// A section of the 清单 step.
#[component]
pub fn AssetSection(props: &AssetSectionProps) -> Html {
    // Name field to focus once the added row has rendered.
    let pending = use_state(|| None::<String>);
    use_effect_with((pending.clone(), props.count), |(pending, _)| {
        if let Some(id) = pending.as_ref() {
            if focus_id(id) {
                pending.set(None);
            }
        }
    });
    let onclick = {
        let (pending, on_add) = (pending.setter(), props.on_add.clone());
        let target = format!("{}-name", props.next_id);
        Callback::from(move |_: MouseEvent| {
            pending.set(Some(target.clone()));
            on_add.emit(vec![String::new()]);
        })
    };
    let heading = heading_id(props.kind);
    let noun = noun(props.kind);
    html! {
        <section class="inv-section" aria-labelledby={heading.clone()}>
            <h2 id={heading.clone()} tabindex="-1">{ format!("{}({})", props.kind.label(), props.count) }</h2>
            if props.count == 0 {
                <p class="empty">{ format!("尚未添加{noun}。") }</p>
            } else {
                <div class={classes!("inv-table-scroll", (props.count >= LONG_TABLE).then_some("long"))}>
                <table class="inv-table" aria-labelledby={heading}>
                    <thead>
                        <tr>
                            { for props.columns.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }
                            <th scope="col">{ "操作" }</th>
                        </tr>
                    </thead>
                    <tbody>{ props.children.clone() }</tbody>
                </table>
                </div>
                { props.pager.clone() }
            }
            <div class="inv-actions">
                <button type="button" class="add" {onclick}>{ format!("添加{noun}") }</button>
            </div>
            <BatchAdd kind={props.kind} on_add={props.on_add.clone()} />
        </section>
    }
}
