//! The typed answer inputs: numbers (valid, invalid text kept visible) and dates (a day, or 从未).

use fingertip_core::model::AnswerValue;
use fingertip_web::components::answer::*;
use wasm_bindgen_test::*;

use super::dom::{click, count, find, input, label_of, mount, type_text, Calls};

fn number(value: Option<AnswerValue>, calls: &Calls) -> NumberInputProps {
    NumberInputProps {
        unit: "个".into(),
        value,
        on_change: calls.callback(),
        id_prefix: "n".into(),
        legend: "有几个账号?".into(),
        disabled: false,
    }
}

#[wasm_bindgen_test]
async fn number_reports_valid_numbers_and_keeps_what_was_typed() {
    let calls = Calls::default();
    let (root, mut handle) =
        mount::<NumberInput>(number(Some(AnswerValue::Number(3.0)), &calls)).await;
    let field = input(&root, "n-number");
    assert_eq!(field.value(), "3");
    assert_eq!(label_of(&root, "n-number"), "有几个账号?");
    assert_eq!(find(&root, ".unit").text_content().as_deref(), Some("个"));
    type_text(&field, "12.").await;
    assert_eq!(calls.last(), Some(AnswerValue::Number(12.0)));
    handle.update(number(Some(AnswerValue::Number(12.0)), &calls));
    yew::scheduler::flush().await;
    assert_eq!(
        field.value(),
        "12.",
        "the trailing point is not rewritten under the cursor"
    );
    type_text(&field, "１２．５").await;
    assert_eq!(
        calls.last(),
        Some(AnswerValue::Number(12.5)),
        "full-width digits count"
    );
    type_text(&field, "").await;
    assert_eq!(calls.last(), None, "an emptied box clears the answer");
}

#[wasm_bindgen_test]
async fn number_invalid_text_stays_visible_with_a_hint_and_is_not_reported() {
    let calls = Calls::default();
    let (root, _h) = mount::<NumberInput>(number(Some(AnswerValue::Number(5.0)), &calls)).await;
    let field = input(&root, "n-number");
    for bad in ["abc", "-2", "1e999"] {
        type_text(&field, bad).await;
        assert_eq!(field.value(), bad);
        assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
        assert!(find(&root, ".field-error")
            .text_content()
            .unwrap_or_default()
            .contains("不小于 0 的数字"));
    }
    assert!(
        calls.all().is_empty(),
        "invalid text emitted {:?}",
        calls.all()
    );
    type_text(&field, "7").await;
    assert_eq!(calls.all(), vec![Some(AnswerValue::Number(7.0))]);
    assert_eq!(count(&root, ".field-error"), 0);
}

fn date(allow_never: bool, value: Option<AnswerValue>, calls: &Calls) -> DateInputProps {
    DateInputProps {
        allow_never,
        value,
        on_change: calls.callback(),
        id_prefix: "d".into(),
        legend: "最近一次检查是哪天?".into(),
        disabled: false,
    }
}

#[wasm_bindgen_test]
async fn date_reports_the_picked_day_and_shows_the_given_one() {
    let calls = Calls::default();
    let day = |d: &str| Some(AnswerValue::Date(d.to_string()));
    let (root, mut handle) = mount::<DateInput>(date(false, day("2024-01-31"), &calls)).await;
    let field = input(&root, "d-date");
    assert_eq!(field.value(), "2024-01-31");
    assert_eq!(
        count(&root, "input[type='checkbox']"),
        0,
        "no 从未 unless allowed"
    );
    type_text(&field, "2025-03-01").await;
    assert_eq!(calls.last(), day("2025-03-01"));
    handle.update(date(false, day("2023-12-01"), &calls));
    yew::scheduler::flush().await;
    assert_eq!(field.value(), "2023-12-01");
    type_text(&field, "").await;
    assert_eq!(calls.last(), None);
}

#[wasm_bindgen_test]
async fn date_never_box_sets_and_clears_never() {
    let calls = Calls::default();
    let (root, mut handle) = mount::<DateInput>(date(true, None, &calls)).await;
    assert_eq!(label_of(&root, "d-never"), "从未");
    click(&input(&root, "d-never")).await;
    assert_eq!(calls.last(), Some(AnswerValue::Never));
    handle.update(date(true, Some(AnswerValue::Never), &calls));
    yew::scheduler::flush().await;
    assert!(input(&root, "d-never").checked());
    assert!(
        input(&root, "d-date").disabled(),
        "no date while 从未 is ticked"
    );
    click(&input(&root, "d-never")).await;
    assert_eq!(calls.last(), None);
}
