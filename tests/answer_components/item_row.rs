//! `ItemRow` inside a real app state: every change goes through `use_answer_field` and the
//! reducer, and comes back as props, so these tests see what a user sees.

use std::rc::Rc;

use fingertip_core::model::Assessment;
use fingertip_web::components::{HelpPanel, ItemRow, PackRef};
use fingertip_web::hooks::{use_answer_field, use_app, AppHandle};
use fingertip_web::state::{AppState, Session};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

use super::dom::{click, count, find, input, mount, type_text};

/// A unit item answered 是/否/部分, where 否 is advisory, with two evidence entries.
const ITEM: &str = "A1.1";
const P: &str = "q-A1.1-unit";

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
        .find(|f| f.target.item == ITEM && f.target.asset == "unit")
    else {
        return html! { <p>{ "no finding" }</p> };
    };
    html! {
        <ItemRow pack={PackRef(app.pack())} {on_answer} item={ITEM} asset="unit" answer={s.assessment.answer(ITEM, "unit").cloned()}
            status={f.status} reasons={Rc::new(f.reasons.clone())} />
    }
}

#[component]
fn Harness() -> Html {
    let state = use_reducer(|| {
        let pack = fingertip_core::pack::embedded().expect("embedded pack");
        let mut state = AppState::new(pack, false);
        state.session = Some(Rc::new(Session::open(pack, Assessment::default())));
        state
    });
    html! { <ContextProvider<AppHandle> context={AppHandle(state)}><Row /></ContextProvider<AppHandle>> }
}

#[component]
fn ParamHelp() -> Html {
    let pack = fingertip_core::pack::embedded().expect("embedded pack");
    html! { <HelpPanel pack={PackRef(pack)} item="B5.2" /> }
}

fn badge(root: &web_sys::Element) -> String {
    find(root, ".status-badge")
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn row_answers_through_the_app_and_asks_for_rectification_on_a_problem() {
    let (root, _h) = mount::<Harness>(()).await;
    let row = find(&root, "[id='row-A1.1-unit']");
    assert_eq!(row.get_attribute("tabindex").as_deref(), Some("-1"));
    assert_eq!(badge(&root), "未作答");
    assert_eq!(count(&root, &format!("[id='{P}-owner']")), 0);
    click(&input(&root, &format!("{P}-opt1"))).await;
    assert_eq!(badge(&root), "建议改进");
    assert!(find(&root, ".reasons")
        .text_content()
        .unwrap_or_default()
        .contains("台账"));
    type_text(&input(&root, &format!("{P}-owner")), "张三").await;
    type_text(&input(&root, &format!("{P}-deadline")), "2030-06-30").await;
    assert_eq!(input(&root, &format!("{P}-owner")).value(), "张三");
    assert!(
        input(&root, &format!("{P}-opt1")).checked(),
        "the value is kept when other fields change"
    );
    click(&input(&root, &format!("{P}-ev1"))).await;
    assert!(
        input(&root, &format!("{P}-ev1")).checked() && !input(&root, &format!("{P}-ev0")).checked()
    );
    let note: web_sys::HtmlTextAreaElement = find(&root, &format!("[id='{P}-note']"))
        .dyn_into()
        .expect("textarea");
    note.set_value("见附件");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    note.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).expect("event"))
        .expect("dispatch");
    yew::scheduler::flush().await;
    assert_eq!(note.value(), "见附件");
    assert_eq!(input(&root, &format!("{P}-deadline")).value(), "2030-06-30");
    assert!(
        input(&root, &format!("{P}-ev1")).checked(),
        "evidence survives the note edit"
    );
}

#[wasm_bindgen_test]
async fn not_applicable_needs_a_reason_and_unticking_restores_the_answer() {
    let (root, _h) = mount::<Harness>(()).await;
    click(&input(&root, &format!("{P}-opt0"))).await;
    assert_eq!(badge(&root), "符合");
    click(&input(&root, &format!("{P}-na"))).await;
    assert_eq!(badge(&root), "不适用");
    let reason = input(&root, &format!("{P}-na-reason"));
    assert_eq!(
        reason.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert!(reason.required());
    let fieldset: web_sys::HtmlFieldSetElement =
        find(&root, "fieldset.answer").dyn_into().expect("fieldset");
    assert!(fieldset.disabled(), "the answer is locked while 不适用");
    type_text(&reason, "本单位无此类应用").await;
    assert_eq!(reason.value(), "本单位无此类应用");
    assert_eq!(count(&root, ".field-error"), 0);
    assert!(find(&root, ".reasons")
        .text_content()
        .unwrap_or_default()
        .contains("本单位无此类应用"));
    click(&input(&root, &format!("{P}-na"))).await;
    assert_eq!(badge(&root), "符合");
    assert!(
        input(&root, &format!("{P}-opt0")).checked(),
        "the earlier 是 is back"
    );
    assert_eq!(count(&root, &format!("[id='{P}-na-reason']")), 0);
}

#[wasm_bindgen_test]
async fn help_panel_shows_basis_with_confidence_and_remedy() {
    let (root, _h) = mount::<Harness>(()).await;
    let panel = find(&root, "details.help-panel");
    assert_eq!(
        find(&panel, "summary").text_content().as_deref(),
        Some("依据与说明")
    );
    assert!(count(&panel, ".basis .conf-tag") >= 1);
    assert!(panel
        .text_content()
        .unwrap_or_default()
        .contains("整改提示"));
}

#[wasm_bindgen_test]
async fn help_panel_names_the_adjustable_parameter_of_a_threshold_item() {
    let (root, _h) = mount::<ParamHelp>(()).await;
    let text = find(&root, ".help-params")
        .text_content()
        .unwrap_or_default();
    assert!(text.contains("(可调整的默认值:30 %)"), "{text}");
}
