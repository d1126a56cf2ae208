//! 投影讲解: presenter mode for a trainer at a projector. One case fills the screen in large,
//! high-contrast text; the keyboard or a presentation clicker steps through the cases (the first
//! press reveals the answer, the second moves on); buttons do the same for mouse users.

use yew::prelude::*;
use yew_router::prelude::*;

use super::machine::Machine;
use super::picked_cases;
use crate::components::training::{PresenterSlide, Static, TrainingMissing};
use crate::components::PackRef;
use crate::hooks::use_app;
use crate::platform::focus::focus_id;
use crate::platform::keys::{from_control, on_document_keydown};
use crate::platform::landing;
use crate::route::{href, Route};
use fingertip_core::training::{Command, Presenter};

/// The presenter page.
#[component]
pub fn TrainingPresentPage() -> Html {
    let app = use_app();
    let navigator = use_navigator();
    let cases = use_memo((), |()| picked_cases().1);
    let state = {
        let n = cases.len();
        use_reducer(move || Machine(Presenter::new(n)))
    };
    {
        let (dispatcher, navigator) = (state.dispatcher(), navigator.clone());
        use_effect_with((), move |_| {
            let listener = on_document_keydown(move |e| {
                if e.alt_key() || e.ctrl_key() || e.meta_key() || e.repeat() {
                    return;
                }
                let key = e.key();
                // A focused button or link acts on Enter and Space itself.
                if matches!(key.as_str(), "Enter" | " ") && from_control(e) {
                    return;
                }
                let Some(command) = Command::of_key(&key) else {
                    return;
                };
                e.prevent_default();
                match (command, &navigator) {
                    (Command::Leave, Some(nav)) => nav.push(&Route::Training),
                    (Command::Leave, None) => {}
                    (c, _) => dispatcher.dispatch(c),
                }
            });
            move || drop(listener)
        });
    }
    // Focus follows the slide: to the answer when it is revealed (the 揭晓答案 button goes away),
    // to the new slide's heading, scrolled to the top, when the slide changes.
    {
        let first = use_mut_ref(|| true);
        use_effect_with(
            (state.deck.index(), state.revealed),
            move |(_, revealed)| {
                if std::mem::replace(&mut *first.borrow_mut(), false) {
                    return;
                }
                if *revealed {
                    focus_id("slide-answer");
                } else {
                    landing::land(None);
                }
            },
        );
    }
    let Some(case) = cases.get(state.deck.index()).copied() else {
        return html! { <TrainingMissing /> };
    };
    let button = |command: Command, label: &'static str| {
        let dispatcher = state.dispatcher();
        html! {
            <button type="button" onclick={Callback::from(move |_| dispatcher.dispatch(command))}>{ label }</button>
        }
    };
    html! {
        <div class="presenter">
            <PresenterSlide pack={PackRef(app.pack())} case={Static(case)}
                number={state.deck.index() + 1} total={cases.len()} revealed={state.revealed} />
            <nav class="presenter-controls" aria-label="投影讲解控制">
                { button(Command::Back, "上一题") }
                if !state.revealed { { button(Command::Reveal, "揭晓答案") } }
                { button(Command::Next, "下一题") }
                <a class="presenter-exit" href={href(&Route::Training)}>{ "退出投影" }</a>
            </nav>
            <p class="presenter-hint">
                { "按键:→ / PageDown / 空格 先揭晓答案再下一题 · ← / PageUp 上一题 · R / Enter 揭晓 · Esc 退出(翻页笔可用)" }
            </p>
        </div>
    }
}
