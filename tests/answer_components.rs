//! Browser tests of the answer inputs: each is mounted alone, clicked or typed into like a user,
//! and must report the right value through `on_change` and show the value it is given.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test
#![cfg(target_arch = "wasm32")]

#[path = "answer_components/dom.rs"]
mod dom;
#[path = "answer_components/item_row.rs"]
mod item_row;
#[path = "answer_components/justification.rs"]
mod justification;
#[path = "answer_components/typed.rs"]
mod typed;

use std::rc::Rc;

use dom::{click, count, find, input, label_of, mount, Calls};
use fingertip_core::model::AnswerValue;
use fingertip_core::pack::{AnswerKind, ChoiceOption};
use fingertip_web::components::answer::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn choice(v: &str) -> Option<AnswerValue> {
    Some(AnswerValue::Choice(v.to_string()))
}

fn multi(vs: &[&str]) -> Option<AnswerValue> {
    Some(AnswerValue::Multi(
        vs.iter().map(|s| s.to_string()).collect(),
    ))
}

fn options() -> Rc<Vec<ChoiceOption>> {
    let o = |value: &str, label: &str| ChoiceOption {
        value: value.into(),
        label: label.into(),
    };
    Rc::new(vec![o("a", "甲"), o("b", "乙"), o("c", "丙")])
}

fn yes_no(partial: bool, value: Option<AnswerValue>, calls: &Calls) -> YesNoInputProps {
    let (id_prefix, legend) = ("yn".into(), "是否强制下载?".into());
    YesNoInputProps {
        partial,
        value,
        on_change: calls.callback(),
        id_prefix,
        legend,
        disabled: false,
    }
}

#[wasm_bindgen_test]
async fn yes_no_partial_is_a_named_radio_group_and_reports_the_choice() {
    let calls = Calls::default();
    let (root, mut handle) = mount::<YesNoInput>(yes_no(true, None, &calls)).await;
    assert_eq!(
        find(&root, "fieldset > legend").text_content().as_deref(),
        Some("是否强制下载?")
    );
    assert_eq!(count(&root, "input[type='radio'][name='yn']"), 3);
    let labels: Vec<String> = (0..3)
        .map(|i| label_of(&root, &format!("yn-opt{i}")))
        .collect();
    assert_eq!(labels, ["是", "否", "部分"]);
    click(&input(&root, "yn-opt2")).await;
    assert_eq!(calls.all(), vec![choice("partial")]);
    handle.update(yes_no(true, choice("no"), &calls));
    yew::scheduler::flush().await;
    assert!(
        input(&root, "yn-opt1").checked(),
        "controlled value 否 is shown"
    );
    assert!(
        !input(&root, "yn-opt2").checked(),
        "the earlier click does not stick"
    );
}

#[wasm_bindgen_test]
async fn yes_no_without_partial_offers_two_options() {
    let calls = Calls::default();
    let (root, _h) = mount::<YesNoInput>(yes_no(false, choice("yes"), &calls)).await;
    assert_eq!(count(&root, "input[type='radio']"), 2);
    assert!(input(&root, "yn-opt0").checked());
    click(&input(&root, "yn-opt1")).await;
    assert_eq!(calls.last(), choice("no"));
}

#[wasm_bindgen_test]
async fn single_choice_shows_value_and_reports_pick_and_can_be_disabled() {
    let calls = Calls::default();
    let props = |value, disabled| SingleInputProps {
        options: options(),
        value,
        on_change: calls.callback(),
        id_prefix: "s".into(),
        legend: "哪一种?".into(),
        disabled,
    };
    let (root, mut handle) = mount::<SingleInput>(props(choice("b"), false)).await;
    assert!(input(&root, "s-opt1").checked());
    assert_eq!(label_of(&root, "s-opt2"), "丙");
    click(&input(&root, "s-opt2")).await;
    assert_eq!(calls.all(), vec![choice("c")]);
    handle.update(props(choice("c"), true));
    yew::scheduler::flush().await;
    let fieldset: web_sys::HtmlFieldSetElement =
        find(&root, "fieldset").dyn_into().expect("fieldset");
    assert!(fieldset.disabled());
    assert!(input(&root, "s-opt2").checked() && !input(&root, "s-opt1").checked());
}

#[wasm_bindgen_test]
async fn multi_choice_adds_and_removes_in_option_order() {
    let calls = Calls::default();
    let props = |value| MultiInputProps {
        options: options(),
        value,
        on_change: calls.callback(),
        id_prefix: "m".into(),
        legend: "有哪些?".into(),
        disabled: false,
    };
    let (root, mut handle) = mount::<MultiInput>(props(multi(&["c"]))).await;
    assert_eq!(count(&root, "fieldset input[type='checkbox']"), 3);
    assert!(input(&root, "m-opt2").checked());
    click(&input(&root, "m-opt0")).await;
    assert_eq!(calls.last(), multi(&["a", "c"]));
    handle.update(props(multi(&["a", "c"])));
    yew::scheduler::flush().await;
    assert!(input(&root, "m-opt0").checked() && input(&root, "m-opt2").checked());
    click(&input(&root, "m-opt2")).await;
    assert_eq!(calls.last(), multi(&["a"]));
    handle.update(props(multi(&["a"])));
    yew::scheduler::flush().await;
    click(&input(&root, "m-opt0")).await;
    assert_eq!(
        calls.last(),
        multi(&[]),
        "clearing every box is an answer of none"
    );
}

#[wasm_bindgen_test]
async fn answer_input_picks_the_control_by_kind() {
    let calls = Calls::default();
    let props = |kind: AnswerKind| AnswerInputProps {
        kind: Rc::new(kind),
        value: None,
        on_change: calls.callback(),
        id_prefix: "x".into(),
        legend: "问题".into(),
        disabled: false,
    };
    let (root, mut handle) = mount::<AnswerInput>(props(AnswerKind::YesNoPartial)).await;
    assert_eq!(count(&root, "input[type='radio']"), 3);
    let cases: [(AnswerKind, &str, u32); 4] = [
        (
            AnswerKind::Multi {
                options: (*options()).clone(),
            },
            "input[type='checkbox']",
            3,
        ),
        (
            AnswerKind::Single {
                options: (*options()).clone(),
            },
            "input[type='radio']",
            3,
        ),
        (
            AnswerKind::Number { unit: "%".into() },
            "input[inputmode='decimal']",
            1,
        ),
        (
            AnswerKind::Date {
                allow_never: true,
                allow_future: false,
            },
            "input[type='date'], input[type='checkbox']",
            2,
        ),
    ];
    for (kind, selector, n) in cases {
        handle.update(props(kind));
        yew::scheduler::flush().await;
        assert_eq!(count(&root, selector), n, "{selector}");
    }
    click(&input(&root, "x-never")).await;
    assert_eq!(calls.last(), Some(AnswerValue::Never));
}
