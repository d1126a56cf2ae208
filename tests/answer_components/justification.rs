//! The justification card of a claimed exception (B4.1 on an app), inside a real app state:
//! no card without a claim, one card per restricted function selected, and the red line lowered
//! only once every field is filled.

use std::rc::Rc;

use fingertip_core::model::{App, Assessment};
use fingertip_web::components::{ItemRow, PackRef};
use fingertip_web::hooks::{use_answer_field, use_app, AppHandle};
use fingertip_web::state::{AppState, Session};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlTextAreaElement};
use yew::prelude::*;

use super::dom::{click, count, find, input, label_of, mount, type_text};

const P: &str = "q-B4.1-app-1";

#[component]
fn Row() -> Html {
    let app = use_app();
    let on_answer = use_answer_field();
    let Some(s) = app.session() else {
        return html! { <p>{ "no session" }</p> };
    };
    let Some(f) = s
        .evaluation
        .findings
        .iter()
        .find(|f| f.target.item == "B4.1" && f.target.asset == "app-1")
    else {
        return html! { <p>{ "no finding" }</p> };
    };
    html! {
        <ItemRow pack={PackRef(app.pack())} {on_answer} item="B4.1" asset="app-1"
            answer={s.assessment.answer("B4.1", "app-1").cloned()}
            status={f.status} reasons={Rc::new(f.reasons.clone())}
            today={s.assessment.profile.date.clone()} />
    }
}

#[component]
fn Harness() -> Html {
    let state = use_reducer(|| {
        let pack = fingertip_core::pack::embedded().expect("embedded pack");
        let mut a = Assessment::default();
        a.profile.date = "2026-06-30".into();
        a.inventory.apps.push(App {
            id: "app-1".into(),
            name: "安保勤务".into(),
            ..App::default()
        });
        let mut state = AppState::new(pack, false);
        state.session = Some(Rc::new(Session::open(pack, a)));
        state
    });
    html! { <ContextProvider<AppHandle> context={AppHandle(state)}><Row /></ContextProvider<AppHandle>> }
}

fn badge(root: &web_sys::Element) -> String {
    find(root, ".status-badge")
        .text_content()
        .unwrap_or_default()
}

async fn type_area(root: &web_sys::Element, id: &str, text: &str) {
    let area: HtmlTextAreaElement = find(root, &format!("[id='{id}']"))
        .dyn_into()
        .expect("a textarea");
    area.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("input", &init).expect("event");
    area.dispatch_event(&event).expect("dispatch");
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn the_card_appears_on_a_claim_and_lowers_the_red_line_only_when_complete() {
    let (root, _h) = mount::<Harness>(()).await;
    click(&input(&root, &format!("{P}-opt0"))).await; // 打卡签到
    assert_eq!(badge(&root), "红线");
    assert_eq!(
        count(&root, "fieldset.justification"),
        0,
        "no claim, no card"
    );
    click(&input(&root, &format!("{P}-exception"))).await;
    assert_eq!(count(&root, "fieldset.justification"), 1);
    assert_eq!(badge(&root), "红线", "a ticked claim alone lowers nothing");
    let card = format!("{P}-just-checkin");
    assert_eq!(
        label_of(&root, &format!("{card}-document")),
        "依据文件(打卡签到)"
    );
    assert!(find(&root, ".justification-status")
        .text_content()
        .unwrap_or_default()
        .contains("缺少设置原因"));
    type_area(&root, &format!("{card}-reason"), "重大活动安保期间到岗核验").await;
    for (field, text) in [
        ("document", "某市重大活动安保工作方案"),
        ("clause", "第三条"),
        ("audience", "安保专班成员"),
        ("start", "2026-06-01"),
    ] {
        type_text(&input(&root, &format!("{card}-{field}")), text).await;
        assert_eq!(
            badge(&root),
            "红线",
            "{field} filled, card still incomplete"
        );
    }
    type_text(&input(&root, &format!("{card}-end")), "2026-07-31").await;
    assert_eq!(badge(&root), "建议改进");
    assert!(find(&root, ".justification-status")
        .text_content()
        .unwrap_or_default()
        .contains("完整"));
    // A second function selected needs its own card.
    click(&input(&root, &format!("{P}-opt1"))).await; // 积分排名
    assert_eq!(count(&root, "fieldset.justification"), 2);
    assert_eq!(badge(&root), "红线");
}
