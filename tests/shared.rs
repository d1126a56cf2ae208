//! `Shared`: the pointer-compared `Rc` that report props and memo keys use.

#![cfg(target_arch = "wasm32")]

use fingertip_web::state::Shared;
use std::rc::Rc;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn equal_values_behind_two_pointers_differ_and_a_clone_is_the_same() {
    let a = Shared::new(vec![1, 2]);
    let b = Shared::new(vec![1, 2]);
    assert!(a != b, "a new value is a new pointer, whatever it holds");
    assert!(a == a.clone());
    assert_eq!(*a, *b);
    let rc = Rc::new(3);
    assert!(Shared::from(rc.clone()) == Shared::from(rc));
}
