//! 对比: two self-checks of one unit side by side. The page loads both drafts, core compares
//! them, and the view renders the result: counts on top (red lines first), 只看变化 on by
//! default, every change with both answers and notes, print (A4) and an XLSX of the changes.

use std::rc::Rc;

use fingertip_core::cycle::{compare, Comparison};
use yew::prelude::*;

use super::compare_view::CompareView;
use crate::error::DraftError;
use crate::hooks::use_app;

/// Props of [`ComparePage`].
#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    /// Draft id of the earlier check.
    pub before: AttrValue,
    /// Draft id of the later check.
    pub after: AttrValue,
}

/// The two ids a result belongs to, and the result.
type Loaded = ((AttrValue, AttrValue), Result<Rc<Comparison>, DraftError>);

/// The comparison of two stored drafts. Both are read from storage in an effect keyed on the two
/// ids (never during render); until then, and while the ids change, it says it is reading.
#[component]
pub fn ComparePage(props: &ComparePageProps) -> Html {
    let app = use_app();
    let loaded = use_state(|| None::<Loaded>);
    {
        let (app, loaded) = (app.clone(), loaded.clone());
        use_effect_with((props.before.clone(), props.after.clone()), move |ids| {
            let (b, a) = ids;
            let result = app.load_draft(b).and_then(|before| {
                let after = app.load_draft(a)?;
                let national = app.national_pack();
                let pack = fingertip_core::overlay::effective(national, &after.overlays)
                    .unwrap_or(national);
                Ok(Rc::new(compare(pack, &before, &after)))
            });
            loaded.set(Some((ids.clone(), result)));
        });
    }
    let current = (*loaded)
        .as_ref()
        .filter(|(ids, _)| ids.0 == props.before && ids.1 == props.after)
        .map(|(_, result)| result);
    match current {
        Some(Ok(c)) => {
            html! { <CompareView comparison={c.clone()} after_id={Some(props.after.clone())} /> }
        }
        Some(Err(why)) => html! {
            <section class="compare">
                <h1 tabindex="-1">{ "两次自查对比" }</h1>
                <p role="alert">{ why.to_string() }</p>
            </section>
        },
        // No heading yet: the route's landing waits for the page's own `h1`.
        None => {
            html! { <section class="compare"><p class="loading">{ "正在读取两次自查……" }</p></section> }
        }
    }
}
