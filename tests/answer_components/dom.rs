//! DOM helpers for the answer component tests: mount, find, click, type, and a call log.

use std::cell::RefCell;
use std::rc::Rc;

use fingertip_core::model::AnswerValue;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlInputElement};
use yew::{AppHandle, BaseComponent, Callback};

/// Every value an `on_change` callback was called with, in order.
#[derive(Clone, Default)]
pub struct Calls(Rc<RefCell<Vec<Option<AnswerValue>>>>);

impl Calls {
    /// A callback that records into this log.
    pub fn callback(&self) -> Callback<Option<AnswerValue>> {
        let log = self.0.clone();
        Callback::from(move |v| log.borrow_mut().push(v))
    }

    /// All calls so far.
    pub fn all(&self) -> Vec<Option<AnswerValue>> {
        self.0.borrow().clone()
    }

    /// The last call; panics when there was none.
    pub fn last(&self) -> Option<AnswerValue> {
        self.0
            .borrow()
            .last()
            .cloned()
            .expect("on_change was not called")
    }
}

/// Mounts `C` with `props` in a fresh div attached to the body.
pub async fn mount<C: BaseComponent>(props: C::Properties) -> (Element, AppHandle<C>) {
    let document = web_sys::window()
        .expect("window")
        .document()
        .expect("document");
    let root = document.create_element("div").expect("create div");
    document
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    let handle = yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    (root, handle)
}

/// The element matching `selector` under `root`; panics when absent.
pub fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("no {selector}"))
}

/// The input with this id under `root`.
pub fn input(root: &Element, id: &str) -> HtmlInputElement {
    find(root, &format!("[id='{id}']"))
        .dyn_into()
        .expect("an input")
}

/// The text of the label wired (`for`) to the element with this id.
pub fn label_of(root: &Element, id: &str) -> String {
    find(root, &format!("label[for='{id}']"))
        .text_content()
        .unwrap_or_default()
}

/// Clicks like a user (radios and checkboxes toggle and fire input/change).
pub async fn click(el: &HtmlInputElement) {
    el.click();
    yew::scheduler::flush().await;
}

/// Sets the text of an input and fires a bubbling `input` event, as typing does.
pub async fn type_text(el: &HtmlInputElement, text: &str) {
    el.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("input", &init).expect("event");
    el.dispatch_event(&event).expect("dispatch");
    yew::scheduler::flush().await;
}

/// How many elements match `selector` under `root`.
pub fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector)
        .map(|l| l.length())
        .unwrap_or(0)
}
