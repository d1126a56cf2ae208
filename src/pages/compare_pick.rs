//! 对比两次自查 (#/compare): either side is a stored draft or a saved file (a draft and a file,
//! or two files). Files are read with the import checks and kept in memory only: nothing is
//! stored. Core orders the pair, notes a different unit, and compares; CompareView renders it.

use std::rc::Rc;

use fingertip_core::cycle::{compare, open_for_compare, order_pair, Comparison, PairNote};
use fingertip_core::import::{released_snapshots, MAX_IMPORT_BYTES};
use fingertip_core::model::Assessment;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::compare_view::CompareView;
use crate::components::inventory::input::value_of;
use crate::error::DraftError;
use crate::hooks::{use_app, AppHandle};
use crate::platform::file::{read_bytes, ReadError};

/// What one side holds.
#[derive(Clone, PartialEq, Default)]
enum Pick {
    /// Nothing chosen.
    #[default]
    Empty,
    /// A stored draft, by id.
    Draft(AttrValue),
    /// A file read into memory.
    File(AttrValue, Rc<Assessment>),
    /// The file could not be used: why.
    Failed(AttrValue),
}

impl Pick {
    /// The assessment, loading a draft from storage (called from a click, not from render).
    fn load(&self, app: &AppHandle) -> Result<Assessment, DraftError> {
        match self {
            Pick::Draft(id) => app.load_draft(id),
            Pick::File(_, a) => Ok((**a).clone()),
            Pick::Empty | Pick::Failed(_) => Err(DraftError::NotChosen),
        }
    }
}

/// Props of [`Side`].
#[derive(Properties, PartialEq)]
struct SideProps {
    /// 前一次 / 后一次
    legend: AttrValue,
    /// Prefix of the controls' ids.
    key_id: AttrValue,
    pick: Pick,
    on_pick: Callback<Pick>,
}

/// One side: a draft from the list, or a file.
#[component]
fn Side(props: &SideProps) -> Html {
    let app = use_app();
    let drafts = app.state().drafts.clone();
    let on_select = {
        let on_pick = props.on_pick.clone();
        Callback::from(move |e: Event| {
            let id = value_of(&e).unwrap_or_default();
            on_pick.emit(match id.is_empty() {
                true => Pick::Empty,
                false => Pick::Draft(id.into()),
            });
        })
    };
    let on_file = {
        let (on_pick, pack) = (props.on_pick.clone(), app.national_pack());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|l| l.get(0)) else {
                return;
            };
            input.set_value("");
            let (on_pick, name) = (on_pick.clone(), AttrValue::from(file.name()));
            wasm_bindgen_futures::spawn_local(async move {
                on_pick.emit(match read_bytes(file, MAX_IMPORT_BYTES).await {
                    Ok(bytes) => match open_for_compare(&bytes, pack, released_snapshots()) {
                        Ok(a) => Pick::File(name, Rc::new(a)),
                        Err(e) => Pick::Failed(format!("文件“{name}”不能用于对比:{e}").into()),
                    },
                    Err(ReadError::TooLarge(_)) => {
                        Pick::Failed(format!("文件“{name}”过大,不像是自查存档。").into())
                    }
                    Err(ReadError::Failed) => {
                        Pick::Failed("浏览器无法读取这个文件,请重新选择。".into())
                    }
                });
            });
        })
    };
    let selected = match &props.pick {
        Pick::Draft(id) => id.to_string(),
        _ => String::new(),
    };
    let (select_id, file_id) = (
        format!("{}-draft", props.key_id),
        format!("{}-file", props.key_id),
    );
    html! {
        <fieldset class="cmp-side">
            <legend>{ props.legend.clone() }</legend>
            <label for={select_id.clone()}>{ "本机草稿" }</label>
            <select id={select_id} onchange={on_select}>
                <option value="" selected={selected.is_empty()}>{ "(不选草稿)" }</option>
                { for drafts.iter().map(|d| html! {
                    <option value={d.id.to_string()} selected={selected == d.id.as_str()}>
                        { format!("{}({},更新于 {})", d.label(), d.purpose.label(), d.updated.get(..10).unwrap_or(&d.updated)) }
                    </option>
                }) }
            </select>
            <label for={file_id.clone()}>{ "或打开存档文件(.json)" }</label>
            <input type="file" id={file_id} accept=".json,application/json" onchange={on_file} />
            { match &props.pick {
                Pick::File(name, a) => html! {
                    <p class="cmp-picked">{ format!("已读取文件“{name}”:{},自查日期 {}(只在本页使用,不保存)", a.profile.name, a.profile.date) }</p>
                },
                Pick::Failed(message) => html! { <p role="alert">{ message.clone() }</p> },
                _ => Html::default(),
            } }
        </fieldset>
    }
}

/// The comparison and what core noted about the pair.
#[derive(Clone, PartialEq)]
struct Compared {
    comparison: Rc<Comparison>,
    notes: Vec<PairNote>,
    after_id: Option<AttrValue>,
}

/// The page: two sides, 对比, then the comparison.
#[component]
pub fn ComparePickPage() -> Html {
    let app = use_app();
    let (before, after) = (use_state(Pick::default), use_state(Pick::default));
    let outcome = use_state(|| None::<Result<Compared, DraftError>>);
    let set = |side: &UseStateHandle<Pick>| {
        let (side, outcome) = (side.clone(), outcome.clone());
        Callback::from(move |p: Pick| {
            side.set(p);
            outcome.set(None);
        })
    };
    let on_compare = {
        let (before, after, outcome, app) =
            (before.clone(), after.clone(), outcome.clone(), app.clone());
        Callback::from(move |_: MouseEvent| {
            let national = app.national_pack();
            let run = || -> Result<Compared, DraftError> {
                let (a, b) = (before.load(&app)?, after.load(&app)?);
                let (earlier, later, notes) = order_pair(a, b);
                let pack = fingertip_core::overlay::effective(national, &later.overlays)
                    .unwrap_or(national);
                let stored = |p: &Pick, id: &str| matches!(p, Pick::Draft(d) if d == id);
                let after_id = (stored(&before, &later.id) || stored(&after, &later.id))
                    .then(|| later.id.to_string().into());
                Ok(Compared {
                    comparison: Rc::new(compare(pack, &earlier, &later)),
                    notes,
                    after_id,
                })
            };
            outcome.set(Some(run()));
        })
    };
    let ready = !matches!(*before, Pick::Empty | Pick::Failed(_))
        && !matches!(*after, Pick::Empty | Pick::Failed(_));
    html! {
        <section class="compare-pick">
            if !matches!(&*outcome, Some(Ok(_))) {
                <h1 tabindex="-1">{ "对比两次自查" }</h1>
                <p>{ "两边各选一次自查:本机保存的草稿,或从文件打开的存档(例如去年导出的 .json)。文件只在本页读取和对比,不会保存到本机草稿。" }</p>
            }
            <div class="cmp-sides no-print">
                <Side legend="前一次" key_id="cmp-before" pick={(*before).clone()} on_pick={set(&before)} />
                <Side legend="后一次" key_id="cmp-after" pick={(*after).clone()} on_pick={set(&after)} />
                <button type="button" class="primary" onclick={on_compare} disabled={!ready}>{ "对比" }</button>
            </div>
            { match &*outcome {
                None => Html::default(),
                Some(Err(why)) => html! { <p role="alert">{ why.to_string() }</p> },
                Some(Ok(r)) => html! {
                    <>
                        { for r.notes.iter().map(|n| html! { <p class="cmp-note" role="status">{ n.message() }</p> }) }
                        <CompareView comparison={r.comparison.clone()} after_id={r.after_id.clone()} />
                    </>
                },
            } }
        </section>
    }
}
