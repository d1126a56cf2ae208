//! The first screen, built as its own small wasm (bin `fingertip-shell`, ~1/8 of the full app):
//! it draws the start page from the stored draft index straight away, while the loader script
//! fetches the full app in the background. Nothing here acts on data: a button pressed meanwhile
//! is recorded and shown as "正在载入", and the full app presses it again when it takes over
//! (see [`crate::handover`]). Links change the route, which the full app renders.

use std::cell::RefCell;
use std::rc::Rc;

use fingertip_core::draft::DraftSummary;
use fingertip_core::model::Purpose;
use fingertip_core::pack::embedded_pack_line;
use yew::prelude::*;

use crate::components::data_safety::{ExportAllView, EXPORT_ALL_ACTION};
use crate::components::{draft_action, DraftTable, SkipLink, TextSizeButton, TEXT_SIZE_ACTION};
use crate::handover::{full_app_running, APP_FAILED, RELEASE_SHELL};
use crate::pages::start_view::{StartView, NEW_ACTION, SAMPLE_ACTION};
use crate::platform::first_screen::{self, record_pending, PressRecorder};
use crate::platform::window_event::{self, WindowListener};
use crate::platform::{browser, focus, storage};

thread_local! {
    static APP: RefCell<Option<yew::AppHandle<Shell>>> = const { RefCell::new(None) };
    static RELEASE: RefCell<Option<WindowListener>> = const { RefCell::new(None) };
    /// The press listeners on the shell's root, removed with the shell.
    static PRESSES: RefCell<Option<PressRecorder>> = const { RefCell::new(None) };
}

/// Mounts the shell in a `<div id="shell-root">` at the end of `<body>`, unless the full app
/// already runs; tears it down when the full app says so.
pub fn run() {
    if full_app_running() {
        return;
    }
    let Some(root) = first_screen::mount_root() else {
        return;
    };
    focus::set_large_text(storage::load_large_text());
    let presses = first_screen::record_presses(&root);
    PRESSES.with(|p| *p.borrow_mut() = Some(presses));
    let app = yew::Renderer::<Shell>::with_root(root).render();
    APP.with(|a| *a.borrow_mut() = Some(app));
    let release = window_event::listen(RELEASE_SHELL, |_| {
        if let Some(app) = APP.with(|a| a.borrow_mut().take()) {
            app.destroy();
        }
        PRESSES.with(|p| p.borrow_mut().take());
    });
    RELEASE.with(|r| *r.borrow_mut() = release);
}

/// Whether the address is the start page (the shell draws nothing else).
fn at_start_route() -> bool {
    matches!(browser::location_hash().as_str(), "" | "#" | "#/")
}

/// Real (not 培训练习) drafts from the stored index, as the full app lists them.
fn stored_drafts() -> Rc<[DraftSummary]> {
    (storage::load_index().unwrap_or_default().into_iter())
        .filter(|d| d.purpose != Purpose::Training)
        .collect()
}

/// The shell's page: the start page, or a loading line for any other address.
#[component]
fn Shell() -> Html {
    let at_start = use_state(at_start_route);
    let failed = use_state(|| false);
    let waiting = use_state(|| false);
    let drafts = use_state(stored_drafts);
    {
        let (at_start, failed) = (at_start.clone(), failed.clone());
        use_effect_with((), move |_| {
            let on_hash =
                window_event::listen("hashchange", move |_| at_start.set(at_start_route()));
            let on_failed = window_event::listen(APP_FAILED, move |_| failed.set(true));
            move || drop((on_hash, on_failed))
        });
    }
    let press = |key: String| {
        let waiting = waiting.clone();
        Callback::from(move |_: MouseEvent| {
            record_pending(&key);
            waiting.set(true);
        })
    };
    let press_with_id = |to_key: fn(&str) -> String| {
        let waiting = waiting.clone();
        Callback::from(move |id: String| {
            record_pending(&to_key(&id));
            waiting.set(true);
        })
    };
    let status = if *failed {
        html! {
            <div class="shell-status failed" role="alert">
                { "完整功能未能载入,可能是网络中断或部署的文件不完整。您保存的数据不受影响。请刷新页面重试;\
                   如果仍不行,请联系技术人员检查是否复制了全部文件。" }
                <button type="button" onclick={Callback::from(|_| browser::reload())}>{ "刷新页面" }</button>
            </div>
        }
    } else {
        // Always in the page, so screen readers announce the line when it appears.
        html! {
            <div class="shell-status" role="status">
                if *waiting || !*at_start { { "正在载入完整功能,请稍候……" } }
            </div>
        }
    };
    let page = if *at_start {
        html! {
            <StartView
                pack_line={embedded_pack_line()}
                text_size={html! { <TextSizeButton on={storage::load_large_text()} onclick={press(TEXT_SIZE_ACTION.into())} /> }}
                export_all={html! { <ExportAllView onclick={press(EXPORT_ALL_ACTION.into())} /> }}
                on_new={press(NEW_ACTION.into())}
                on_sample={press(SAMPLE_ACTION.into())}
                drafts={html! {
                    <DraftTable drafts={(*drafts).clone()} on_ask={press_with_id(draft_action::delete)}
                        on_cancel={Callback::noop()} on_delete={press_with_id(draft_action::confirm_delete)}
                        on_rename_ask={press_with_id(draft_action::rename)} />
                }}
            />
        }
    } else {
        html! { <h1>{ "指尖自查" }</h1> }
    };
    // The same skip link as the full app's, so the two draw the same controls (see the handover).
    html! {
        <>
            <SkipLink />
            <main id="main" class="page" aria-busy={(!*failed && (*waiting || !*at_start)).then_some("true")}>
                { status }
                { page }
            </main>
        </>
    }
}
