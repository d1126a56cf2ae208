//! What changed in the questionnaire, release by release: shown on `#/changes` and, for a file
//! answered with an older version, in the import preview.

use std::rc::Rc;

use fingertip_core::pack::Release;
use yew::prelude::*;

/// Props of [`Changelog`].
#[derive(Properties, PartialEq)]
pub struct ChangelogProps {
    /// The releases to show, newest first.
    pub releases: Rc<Vec<Release>>,
    /// Heading level of each release: 2 on its own page, 4 inside the preview.
    #[prop_or(2)]
    pub level: u8,
}

/// One section per release: version, date, summary and every change with its item id.
#[component]
pub fn Changelog(props: &ChangelogProps) -> Html {
    let heading = |text: String| match props.level {
        2 => html! { <h2>{ text }</h2> },
        3 => html! { <h3>{ text }</h3> },
        _ => html! { <h4>{ text }</h4> },
    };
    html! {
        <div class="changelog">
            { for props.releases.iter().map(|r| html! {
                <section class="release">
                    { heading(format!("{} 版({})", r.version, r.date)) }
                    <p>{ r.summary.clone() }</p>
                    if !r.changes.is_empty() {
                        <ul>
                            { for r.changes.iter().map(|c| html! {
                                <li>
                                    <span class="change-kind">{ format!("【{}】", c.kind.label()) }</span>
                                    if let Some(item) = &c.item { <strong>{ format!("{item} ") }</strong> }
                                    { c.text.clone() }
                                </li>
                            }) }
                        </ul>
                    }
                </section>
            }) }
        </div>
    }
}
